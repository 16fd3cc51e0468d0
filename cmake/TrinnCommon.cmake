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
# Release (the README's build) optimizes as RelWithDebInfo does, -O2, without
# the debug information that costs a third of each file's compile time. CMake's
# own Release default, -O3, compiles slower still for no gain measured here.
set(CMAKE_CXX_FLAGS_RELEASE "-O2 -DNDEBUG")

# The two programs link with full RELRO (bindnow), as Debian's hardening asks.
add_library(trinn_program INTERFACE)
target_link_options(trinn_program INTERFACE LINKER:-z,relro LINKER:-z,now)

# Precompiled headers: every source file otherwise parses about 100,000 lines
# of Qt and standard headers again. One header set per layer, precompiled once
# per target (a target's own definitions must match its precompiled header).
option(TRINN_PRECOMPILED_HEADERS "Precompile the Qt and standard headers" ON)
set(TRINN_CORE_PCH
    <algorithm> <functional> <memory> <optional> <utility>
    <QCoreApplication> <QDate> <QDateTime> <QHash> <QList> <QMap> <QSet> <QString> <QStringList>
    <QVariant> <QSqlQuery> <QSqlError>)
set(TRINN_UI_PCH ${TRINN_CORE_PCH}
    <QApplication> <QCheckBox> <QComboBox> <QDateEdit> <QDialog> <QDialogButtonBox> <QFormLayout>
    <QHBoxLayout> <QHeaderView> <QKeyEvent> <QLabel> <QLineEdit> <QMessageBox> <QPushButton>
    <QTreeWidget> <QVBoxLayout> <QWidget>)
set(TRINN_TEST_PCH ${TRINN_UI_PCH} <catch2/catch.hpp> <QTest>)

# trinn_use_pch(target CORE|UI)
function(trinn_use_pch target layer)
    if(TRINN_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} PRIVATE ${TRINN_${layer}_PCH})
    endif()
endfunction()

# trinn_reuse_pch(target from): `target` compiles with `from`'s precompiled
# header instead of building one of its own. Only for a target whose compile
# flags (definitions, -f options) are those of `from`: GCC refuses a
# precompiled header built with other macros (-Winvalid-pch says which) and
# parses the headers again.
function(trinn_reuse_pch target from)
    if(TRINN_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()

# Unity builds: a batch of source files is compiled as one, so the headers
# they share are parsed, and the inline functions and templates they use are
# compiled, once per batch, not once per file. Every target is built so,
# tests too: a file's own helpers (in its anonymous namespace) have names no
# other file of its target uses, and helpers several files need are in
# tests/support once, so the files of a batch do not clash.
option(TRINN_UNITY_BUILD "Compile the libraries, programs and tests in batches of source files" ON)
function(trinn_unity target)
    if(TRINN_UNITY_BUILD)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
    endif()
endfunction()
