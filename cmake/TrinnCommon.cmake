# Compile settings shared by every Trinn target, in one place.
add_library(trinn_common INTERFACE)
target_compile_features(trinn_common INTERFACE cxx_std_20)
target_compile_definitions(trinn_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH)
target_compile_options(trinn_common INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

# The two programs link with full RELRO (bindnow), as Debian's hardening asks.
add_library(trinn_program INTERFACE)
target_link_options(trinn_program INTERFACE LINKER:-z,relro LINKER:-z,now)
