# Runs one scenario replay that must fail and checks how it fails:
#   cmake -DBATON=<baton> -DSCENARIO=<file.jsonl> -DEXIT_CODE=<n> -DLINE=<n> [-DMESSAGE=<text>] -P expect_failure.cmake
# Passes only if baton exits with EXIT_CODE (not 0, not a crash) and its error output
# names the line ("<file>: line <n>: ") and, when given, contains MESSAGE verbatim.
foreach(var BATON SCENARIO EXIT_CODE LINE)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "expect_failure.cmake: -D${var}=... is required")
    endif()
endforeach()

execute_process(
    COMMAND "${BATON}" replay "${SCENARIO}"
    RESULT_VARIABLE code
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)

set(report "exit code: ${code}\n--- stdout ---\n${out}\n--- stderr ---\n${err}")
if(NOT "${code}" STREQUAL "${EXIT_CODE}")
    message(FATAL_ERROR "${SCENARIO}: expected exit code ${EXIT_CODE}\n${report}")
endif()
set(where "${SCENARIO}: line ${LINE}: ")
string(FIND "${err}" "${where}" at)
if(at EQUAL -1)
    message(FATAL_ERROR "${SCENARIO}: the error output does not name \"${where}\"\n${report}")
endif()
if(DEFINED MESSAGE AND NOT "${MESSAGE}" STREQUAL "")
    string(FIND "${err}" "${MESSAGE}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${SCENARIO}: the error output does not say \"${MESSAGE}\"\n${report}")
    endif()
endif()
message(STATUS "${SCENARIO}: failed as expected (exit ${code}): ${err}")
