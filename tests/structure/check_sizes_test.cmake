# Proves that the size check measures what it should and can fail: runs it with small limits on
# trees under WORK_DIR, each with one planted file.
#
#   cmake -DWORK_DIR=<scratch directory> -P check_sizes_test.cmake
cmake_minimum_required(VERSION 3.25)

set(check "${CMAKE_CURRENT_LIST_DIR}/check_sizes.cmake")
file(REMOVE_RECURSE "${WORK_DIR}")

# lines(<var> <n> <text>): <n> lines of <text>.
function(lines out n text)
    string(REPEAT "${text}\n" ${n} body)
    set(${out} "${body}" PARENT_SCOPE)
endfunction()

include("${CMAKE_CURRENT_LIST_DIR}/selftest_support.cmake")
# expect(<case> PASS|FAIL <regex> [ALLOW <file>...]): the check with limits of 40 lines per file
# and 10 per function; the output must match <regex> either way.
function(expect name outcome pattern)
    cmake_parse_arguments(ARG "" "" "ALLOW" ${ARGN})
    set(allowlist "${WORK_DIR}/${name}/allowlist.cmake")
    string(REPLACE ";" " " allowed "${ARG_ALLOW}")
    file(WRITE "${allowlist}" "set(SJM_SIZE_ALLOWED ${allowed})\n")
    execute_process(COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${WORK_DIR}/${name} -DALLOWLIST=${allowlist}
                            -DMAX_FILE_LINES=40 -DMAX_FUNCTION_LINES=10 -P "${check}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    sjm_selftest_judge(${name} ${outcome} "${pattern}" "${rc}" "${out}")
endfunction()

# Functions of 10 lines and under, in the shapes .clang-format gives them.
lines(body6 6 "    call()")
lines(body8 8 "    call()")
set(clean_cpp "int f(int a,
      int b)
{
${body6}}

Widget::Widget(QWidget *parent)
    : QWidget(parent)
    , m_x(1)
{
    call([] { return 1 })
}

namespace {
class Parser
{
public:
    int parse()
    {
        return 1
    }
}
} // namespace
")
file(WRITE "${WORK_DIR}/clean/app/api/clean.cpp" "${clean_cpp}")
expect(clean PASS "size check: 1 files within 40 lines and 3 functions within 10 lines")

# A class body far over the limit is no function; its members are.
lines(members 12 "    int m()\n    {\n        return 1\n    }")
file(WRITE "${WORK_DIR}/class_body/app/api/parser.cpp" "class Parser\n{\n${members}}\n")
expect(class_body FAIL "app/api/parser.cpp: 51 lines \\(limit 40\\)\nCMake Error")

lines(body9 9 "    call()")
file(WRITE "${WORK_DIR}/long_function/ui/window.cpp" "void Window::build(int a,\n                   int b)\n{\n${body9}}\n")
expect(long_function FAIL "ui/window.cpp:1: void Window::build\\(int a, is 13 lines \\(limit 10\\)")

file(WRITE "${WORK_DIR}/long_constructor/app/model/model.cpp"
     "Model::Model(QObject *parent)\n    : QObject(parent)\n    , m_x(1)\n{\n${body8}}\n")
expect(long_constructor FAIL "app/model/model.cpp:1: Model::Model\\(QObject \\*parent\\) is 13 lines")

file(WRITE "${WORK_DIR}/long_member/app/poll/poll.cpp" "class Poll\n{\n    void run()\n    {\n${body9}    }\n}\n")
expect(long_member FAIL "app/poll/poll.cpp:3: void run\\(\\) is 12 lines")

lines(many 41 "// a line")
file(WRITE "${WORK_DIR}/long_file/app/connect/big.h" "${many}")
expect(long_file FAIL "app/connect/big.h: 41 lines \\(limit 40\\)")

file(WRITE "${WORK_DIR}/allowed/app/connect/big.h" "${many}")
expect(allowed PASS "Over the limits, allowed for now[^\n]*\n  app/connect/big.h: 41 lines" ALLOW app/connect/big.h)

file(WRITE "${WORK_DIR}/allowed_but_small/app/connect/small.h" "// a line\n")
expect(allowed_but_small FAIL "app/connect/small.h: within the limits now, remove it from the allow-list"
       ALLOW app/connect/small.h)

file(WRITE "${WORK_DIR}/allowed_but_gone/app/connect/small.h" "// a line\n")
expect(allowed_but_gone FAIL "app/connect/gone.cpp: on the allow-list but not a source file" ALLOW app/connect/gone.cpp)

sjm_selftest_finish("size check")
file(REMOVE_RECURSE "${WORK_DIR}")
message("the size check passes files within the limits and fails each planted offence")
