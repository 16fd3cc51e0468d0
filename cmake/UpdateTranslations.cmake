# Refreshes the .ts files from the sources (run by the build, see translations/).
# lupdate works on copies, and a .ts file is written back only when its content
# changed, so an unchanged tree does not rebuild or relink anything.
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    configure_file("${ts}" "${WORK_DIR}/${name}" COPYONLY)
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app"
            -ts ${copies}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()

foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E copy_if_different "${WORK_DIR}/${name}" "${ts}")
endforeach()
