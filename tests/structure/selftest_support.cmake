# What the structure checks' self-tests share: judging one run of a check against what its case
# expects, and the tally of the cases that did not behave.

# sjm_selftest_judge(<case> PASS|FAIL <regex> <exit code> <output>): PASS wants the check to exit
# 0 and FAIL anything else; either way its output must match <regex> (an empty one matches all).
function(sjm_selftest_judge name outcome pattern rc out)
    set(exited_as_expected FALSE)
    if((outcome STREQUAL "PASS" AND rc EQUAL 0) OR (outcome STREQUAL "FAIL" AND NOT rc EQUAL 0))
        set(exited_as_expected TRUE)
    endif()
    set(printed_as_expected TRUE)
    if(NOT pattern STREQUAL "" AND NOT out MATCHES "${pattern}")
        set(printed_as_expected FALSE)
    endif()
    if(exited_as_expected AND printed_as_expected)
        message("ok: ${name}: ${outcome}")
    else()
        message("FAILED: ${name}: expected ${outcome} (${pattern}), the check exited ${rc}:\n${out}")
        set_property(GLOBAL APPEND PROPERTY SJM_SELFTEST_FAILED "${name}")
    endif()
endfunction()

# sjm_selftest_finish(<the check's name>): fails the self-test if any case did not behave.
function(sjm_selftest_finish check)
    get_property(failed GLOBAL PROPERTY SJM_SELFTEST_FAILED)
    if(failed)
        list(LENGTH failed n)
        string(REPLACE ";" ", " names "${failed}")
        message(FATAL_ERROR "${n} case(s) of the ${check} did not behave: ${names}")
    endif()
endfunction()
