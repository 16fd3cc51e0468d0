cmake_policy(SET CMP0057 NEW)
cmake_policy(SET CMP0054 NEW)
# Runs trinn-startup-bench on a small demo journal: the desktop program and
# the bare window each start, report their events, and the figures come out
# positive and in the order the events happen. It checks no timings against
# a bar: speed bars live in the bench's figures, not in a test the machine's
# load could fail.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${TRINNCTL}" demo "${WORK_DIR}/small.trinn" --patients 60 --years 1
                RESULT_VARIABLE demo_result OUTPUT_QUIET ERROR_QUIET)
if(NOT demo_result EQUAL 0)
    message(FATAL_ERROR "trinnctl demo failed: ${demo_result}")
endif()
execute_process(COMMAND "${BENCH}" "${WORK_DIR}/small.trinn" --runs 2 --memory-users sykepleier,admin
                        --json "${WORK_DIR}/startup.json"
                RESULT_VARIABLE bench_result OUTPUT_VARIABLE bench_output ERROR_VARIABLE bench_errors)
if(NOT bench_result EQUAL 0)
    message(FATAL_ERROR "trinn-startup-bench failed: ${bench_result}\n${bench_errors}")
endif()
file(READ "${WORK_DIR}/startup.json" json)
string(JSON count LENGTH "${json}" measures)
set(names "")
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON name GET "${json}" measures ${i} name)
    string(JSON value GET "${json}" measures ${i} median_ms)
    string(JSON low GET "${json}" measures ${i} min_ms)
    if(NOT low GREATER 0)
        message(FATAL_ERROR "${name}: a run measured ${low} ms, not a positive time\n${bench_output}")
    endif()
    set(ms_${name} ${value})
    list(APPEND names ${name})
endforeach()
foreach(name bare_exec_to_main bare_exec_to_painted exec_to_main exec_to_login_painted signin_to_workspace_painted
             signin argon2id window_build window_show exec_to_workspace_painted)
    if(NOT name IN_LIST names)
        message(FATAL_ERROR "startup.json has no ${name}:\n${json}")
    endif()
    if(NOT bench_output MATCHES "(^|\n)${name} [0-9.]+ [0-9.]+ [0-9.]+\n")
        message(FATAL_ERROR "trinn-startup-bench printed no '${name} median floor ratio' line:\n${bench_output}")
    endif()
endforeach()
# The events in the order they happen.
foreach(pair "bare_exec_to_main;bare_exec_to_painted" "exec_to_main;exec_to_login_painted"
             "exec_to_login_painted;exec_to_workspace_painted" "argon2id;signin" "signin;signin_to_workspace_painted"
             "window_show;signin_to_workspace_painted")
    list(GET pair 0 before)
    list(GET pair 1 after)
    if(NOT ms_${before} LESS ms_${after})
        message(FATAL_ERROR "${before} (${ms_${before}} ms) is not before ${after} (${ms_${after}} ms)")
    endif()
endforeach()
string(JSON bare GET "${json}" bare_peak_rss_mb)
string(JSON signin GET "${json}" signin_peak_rss_mb)
string(JSON first GET "${json}" first_workspace_peak_rss_mb)
string(JSON every GET "${json}" every_workspace_peak_rss_mb)
string(JSON whole GET "${json}" process_peak_rss_mb)
if(NOT bare GREATER 0 OR NOT signin GREATER bare OR NOT first GREATER 0 OR NOT every GREATER 0 OR whole LESS every)
    message(FATAL_ERROR "peak memory out of order: bare ${bare}, at sign-in ${signin}, first workspace ${first}, "
                        "every workspace ${every}, the whole process ${whole} MB")
endif()
# The high-water mark starts again after sign-in (Linux 4.0 on), so the
# workspaces' peak on a small journal stays below sign-in's with Argon2id's
# 64 MiB in it.
string(JSON reset GET "${json}" peak_reset_after_signin)
if(NOT reset OR NOT every LESS signin)
    message(FATAL_ERROR "the peak was not started again after sign-in (${reset}): every workspace ${every}, "
                        "at sign-in ${signin} MB")
endif()
# The administrator's role opens more than one workspace, each reported.
string(JSON users LENGTH "${json}" memory)
if(NOT users EQUAL 2)
    message(FATAL_ERROR "memory reported for ${users} users, not 2:\n${json}")
endif()
string(JSON admin GET "${json}" memory 1 user)
string(JSON opened LENGTH "${json}" memory 1 workspaces)
if(NOT admin STREQUAL "admin" OR opened LESS 2)
    message(FATAL_ERROR "${admin} opened ${opened} workspaces:\n${json}")
endif()
message(STATUS "${bench_output}")
