# Proves that the include check can fail: runs it on small trees under WORK_DIR, made from the
# real app/layers.cmake and docs/architecture.md, one clean and one per planted violation, and
# expects a pass for the clean tree and, for each other, a failure that names the offence.
#
#   cmake -DSOURCE_DIR=<source root> -DWORK_DIR=<scratch directory> -P check_includes_test.cmake
cmake_minimum_required(VERSION 3.25)

set(check "${CMAKE_CURRENT_LIST_DIR}/check_includes.cmake")
file(REMOVE_RECURSE "${WORK_DIR}")

# A tree with one file in most layers, every include on an allowed edge.
function(make_clean_tree tree)
    file(MAKE_DIRECTORY "${tree}/app" "${tree}/docs")
    file(COPY "${SOURCE_DIR}/app/layers.cmake" DESTINATION "${tree}/app")
    file(COPY "${SOURCE_DIR}/docs/architecture.md" DESTINATION "${tree}/docs")
    file(WRITE "${tree}/app/buildinfo/buildinfo.h" "#pragma once\n")
    file(WRITE "${tree}/app/api/job.h" "#pragma once\n#include <QString>\n")
    file(WRITE "${tree}/app/api/job.cpp" "#include \"api/job.h\"\n#include \"job.h\"\n")
    file(WRITE "${tree}/app/model/jobtablemodel.h" "#pragma once\n#include \"api/job.h\"\n")
    file(WRITE "${tree}/app/poll/poller.h" "#pragma once\n#include \"model/jobtablemodel.h\"\n#include \"../api/job.h\"\n")
    file(WRITE "${tree}/app/connect/profile.h" "#pragma once\n#include <api/job.h>\n")
    file(WRITE "${tree}/app/monitor/session.cpp"
         "#include \"poll/poller.h\"\n#include \"connect/profile.h\"\n#include \"model/jobtablemodel.h\"\n")
    file(WRITE "${tree}/app/cli/cli.cpp" "#include \"connect/profile.h\"\n#include \"buildinfo/buildinfo.h\"\n")
    file(WRITE "${tree}/app/sandbox/server.h" "#pragma once\n#include <QHttpServer>\n")
    file(WRITE "${tree}/app/sandbox/server.cpp" "#include \"sandbox/server.h\"\n#include \"buildinfo/buildinfo.h\"\n")
    file(WRITE "${tree}/app/net/backend.cpp" "#include \"sandbox/server.h\"\n#include \"connect/profile.h\"\n")
    file(WRITE "${tree}/ui/mainwindow.h" "#pragma once\n#include \"monitor/session.h\"\n#include \"cli/cli.h\"\n")
    file(WRITE "${tree}/ui/main/main.cpp" "#include \"cli/cli.h\"\n#include \"ui/mainwindow.h\"\n")
endfunction()

include("${CMAKE_CURRENT_LIST_DIR}/selftest_support.cmake")
# expect(<case> PASS|FAIL <regex>): runs the check on the tree of <case>; a failure must print a
# line matching <regex>.
function(expect name outcome pattern)
    execute_process(COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${WORK_DIR}/${name} -P "${check}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    sjm_selftest_judge(${name} ${outcome} "${pattern}" "${rc}" "${out}")
endfunction()

make_clean_tree("${WORK_DIR}/clean")
expect(clean PASS "")

make_clean_tree("${WORK_DIR}/lower_to_higher")
file(APPEND "${WORK_DIR}/lower_to_higher/app/api/job.cpp" "#include \"poll/poller.h\"\n")
expect(lower_to_higher FAIL "app/api/job.cpp:3: #include \"poll/poller.h\": api may not use poll")

make_clean_tree("${WORK_DIR}/model_to_poll")
file(WRITE "${WORK_DIR}/model_to_poll/app/model/jobfilter.cpp" "#include \"poll/poller.h\"\n")
expect(model_to_poll FAIL "app/model/jobfilter.cpp:1: #include \"poll/poller.h\": model may not use poll")

make_clean_tree("${WORK_DIR}/sandbox_to_client")
file(APPEND "${WORK_DIR}/sandbox_to_client/app/sandbox/server.cpp" "#include \"api/job.h\"\n")
expect(sandbox_to_client FAIL "app/sandbox/server.cpp:3: #include \"api/job.h\": sandbox may not use api")

make_clean_tree("${WORK_DIR}/app_to_ui")
file(WRITE "${WORK_DIR}/app_to_ui/app/monitor/export.cpp" "#include <QFile>\n\n#include \"ui/mainwindow.h\"\n")
expect(app_to_ui FAIL "app/monitor/export.cpp:3: #include \"ui/mainwindow.h\": monitor may not use ui")

make_clean_tree("${WORK_DIR}/relative_path")
file(WRITE "${WORK_DIR}/relative_path/app/connect/tls.cpp" "#include \"../poll/poller.h\"\n")
expect(relative_path FAIL "app/connect/tls.cpp:1: #include \"../poll/poller.h\": connect may not use poll")

make_clean_tree("${WORK_DIR}/angle_brackets")
file(WRITE "${WORK_DIR}/angle_brackets/app/cli/watch.cpp" "#  include <monitor/session.h>\n")
expect(angle_brackets FAIL "app/cli/watch.cpp:1: #include <monitor/session.h>: cli may not use monitor")

make_clean_tree("${WORK_DIR}/outside_the_layers")
file(WRITE "${WORK_DIR}/outside_the_layers/tests/fake.h" "#pragma once\n")
file(WRITE "${WORK_DIR}/outside_the_layers/app/api/fake.cpp" "#include \"../../tests/fake.h\"\n")
expect(outside_the_layers FAIL "app/api/fake.cpp: #include \"../../tests/fake.h\": reaches tests/fake.h")

make_clean_tree("${WORK_DIR}/folder_not_a_layer")
file(WRITE "${WORK_DIR}/folder_not_a_layer/app/names/directory.cpp" "#include \"api/job.h\"\n")
expect(folder_not_a_layer FAIL "app/names/ is not a layer")

make_clean_tree("${WORK_DIR}/source_in_app")
file(WRITE "${WORK_DIR}/source_in_app/app/main.cpp" "int main() { return 0; }\n")
expect(source_in_app FAIL "app/main.cpp: app/ holds only layer folders")

make_clean_tree("${WORK_DIR}/doc_disagrees")
file(READ "${WORK_DIR}/doc_disagrees/docs/architecture.md" doc)
string(REGEX REPLACE "(\n\\| `app/poll/` \\|[^\n]*)`api`, `model`" "\\1`api`" changed "${doc}")
if(changed STREQUAL doc)
    message(FATAL_ERROR "docs/architecture.md has no row \"| `app/poll/` | ... | `api`, `model` |\" to change")
endif()
file(WRITE "${WORK_DIR}/doc_disagrees/docs/architecture.md" "${changed}")
expect(doc_disagrees FAIL "the row of app/poll/ says poll may use \\[api\\] but app/layers.cmake says \\[api, model\\]")

make_clean_tree("${WORK_DIR}/doc_misses_a_layer")
file(READ "${WORK_DIR}/doc_misses_a_layer/docs/architecture.md" doc)
string(REGEX REPLACE "\n\\| `app/connect/` \\|[^\n]*" "" changed "${doc}")
file(WRITE "${WORK_DIR}/doc_misses_a_layer/docs/architecture.md" "${changed}")
expect(doc_misses_a_layer FAIL "no row for app/connect/")

make_clean_tree("${WORK_DIR}/graph_not_closed")
file(APPEND "${WORK_DIR}/graph_not_closed/app/layers.cmake" "set(SJM_LAYER_USES_cli connect model)\n")
expect(graph_not_closed FAIL "cli uses connect, which uses api: list api in SJM_LAYER_USES_cli")

make_clean_tree("${WORK_DIR}/graph_cycle")
file(APPEND "${WORK_DIR}/graph_cycle/app/layers.cmake" "set(SJM_LAYER_USES_api model)\n")
expect(graph_cycle FAIL "api and model use each other")

sjm_selftest_finish("include check")
file(REMOVE_RECURSE "${WORK_DIR}")
message("the include check passes the clean tree and fails each planted violation")
