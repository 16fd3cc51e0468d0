# Runs trinn-bench on a small demo journal and checks that it reports every
# measure, in the documented line format and as JSON. It checks no timings:
# speed bars live in the bench's figures, not in a test that the machine's
# load could fail.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${TRINNCTL}" demo "${WORK_DIR}/small.trinn" --patients 300 --years 1
                RESULT_VARIABLE demo_result OUTPUT_QUIET ERROR_QUIET)
if(NOT demo_result EQUAL 0)
    message(FATAL_ERROR "trinnctl demo failed: ${demo_result}")
endif()
execute_process(COMMAND "${BENCH}" "${WORK_DIR}/small.trinn" --runs 3 --json "${WORK_DIR}/bench.json"
                RESULT_VARIABLE bench_result OUTPUT_VARIABLE bench_output ERROR_QUIET)
if(NOT bench_result EQUAL 0)
    message(FATAL_ERROR "trinn-bench failed: ${bench_result}")
endif()
foreach(measure startup search open_patient overview test_board calendar_week bed_board)
    if(NOT bench_output MATCHES "(^|\n)${measure} [0-9.]+ [0-9.]+ [0-9.]+ [0-9.]+ [0-9.]+\n")
        message(FATAL_ERROR "trinn-bench printed no '${measure} median floor ratio qt_floor qt_ratio' line:\n${bench_output}")
    endif()
endforeach()
file(READ "${WORK_DIR}/bench.json" json)
string(JSON count LENGTH "${json}" measures)
if(count LESS 7)
    message(FATAL_ERROR "bench.json holds ${count} measures, fewer than 7")
endif()
# Each measure but startup has its floor read through Qt's SQLite driver too.
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON name GET "${json}" measures ${i} name)
    string(JSON qt_floor GET "${json}" measures ${i} qt_floor_ms)
    if(NOT name STREQUAL "startup" AND qt_floor STREQUAL "0")
        message(FATAL_ERROR "bench.json gives ${name} no floor through QSqlQuery (qt_floor_ms 0)")
    endif()
endforeach()
message(STATUS "${bench_output}")
