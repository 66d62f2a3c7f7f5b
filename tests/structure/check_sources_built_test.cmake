# Proves that the sources check can fail: runs it on small trees under WORK_DIR, each with a
# compile_commands.json of its own and at most one planted file.
#
#   cmake -DWORK_DIR=<scratch directory> -P check_sources_built_test.cmake
cmake_minimum_required(VERSION 3.25)

set(check "${CMAKE_CURRENT_LIST_DIR}/check_sources_built.cmake")
file(REMOVE_RECURSE "${WORK_DIR}")

include("${CMAKE_CURRENT_LIST_DIR}/selftest_support.cmake")
# expect(<case> PASS|FAIL <regex> [UNBUILT <dirs>] [FILES <path>...]): a tree of a built class
# (app/job.cpp, app/job.h) and a header it includes (app/names.h), plus FILES; the output must
# match <regex> either way.
function(expect name outcome pattern)
    cmake_parse_arguments(ARG "" "UNBUILT" "FILES" ${ARGN})
    set(tree "${WORK_DIR}/${name}")
    file(WRITE "${tree}/app/job.cpp" "#include \"job.h\"\n#include \"app/names.h\"\n")
    file(WRITE "${tree}/app/job.h" "#pragma once\n")
    file(WRITE "${tree}/app/names.h" "#pragma once\n")
    foreach(planted IN LISTS ARG_FILES)
        file(WRITE "${tree}/${planted}" "int unused;\n")
    endforeach()
    file(WRITE "${tree}/build/compile_commands.json"
         "[{\"directory\": \"${tree}/build\", \"command\": \"c++ -c ../app/job.cpp\", \"file\": \"../app/job.cpp\"},"
         " {\"directory\": \"${tree}/build\", \"command\": \"c++ -c moc.cpp\", \"file\": \"${tree}/build/moc.cpp\"}]\n")
    execute_process(COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${tree} -DBUILD_DIR=${tree}/build
                            -DUNBUILT_DIRS=${ARG_UNBUILT} -P "${check}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    sjm_selftest_judge(${name} ${outcome} "${pattern}" "${rc}" "${out}")
endfunction()

expect(clean PASS "1 sources and 2 headers, all built")
expect(stale_copy FAIL "app/net/worker.cpp: no target compiles it" FILES app/net/worker.cpp)
expect(test_not_built FAIL "tests/ui/old_test.cpp: no target compiles it" FILES tests/ui/old_test.cpp)
expect(orphan_header FAIL "ui/orphan.h: nothing includes it" FILES ui/orphan.h)
expect(left_out_on_purpose PASS "all built" UNBUILT "tests/fuzz,tests/bench" FILES tests/fuzz/fuzz_x.cpp)
expect(only_that_folder FAIL "tests/fuzzy/x.cpp: no target" UNBUILT "tests/fuzz" FILES tests/fuzzy/x.cpp)

sjm_selftest_finish("sources check")
file(REMOVE_RECURSE "${WORK_DIR}")
message("the sources check passes a built tree and fails each planted file")
