# The layers of the app and the edges between them, in one place:
# - app/CMakeLists.txt builds one static library per layer and links it to the layers it uses, so
#   a header of any other layer is not on its include path and does not compile;
# - the include check (tests/structure/check_includes.cmake) fails on any #include in app/ or ui/
#   that crosses another edge, and on a docs/architecture.md table that says otherwise.
#
# SJM_LAYER_DIR_<layer>:  the folder that holds the layer, relative to the source root.
# SJM_LAYER_USES_<layer>: every layer whose headers <layer> may include, the indirect ones too:
#                         libraries link their layers publicly, so the graph must be closed (the
#                         include check verifies that).
# sandbox uses no client layer on purpose: a protocol mistake shared by both sides would hide.
# main is the executable's main(), which picks the command-line interface or the GUI.

set(SJM_LAYERS buildinfo api model poll connect monitor cli sandbox net ui main)

set(SJM_LAYER_DIR_buildinfo app/buildinfo)
set(SJM_LAYER_USES_buildinfo "")

set(SJM_LAYER_DIR_api app/api)
set(SJM_LAYER_USES_api "")

set(SJM_LAYER_DIR_model app/model)
set(SJM_LAYER_USES_model api)

set(SJM_LAYER_DIR_poll app/poll)
set(SJM_LAYER_USES_poll api model)

set(SJM_LAYER_DIR_connect app/connect)
set(SJM_LAYER_USES_connect api)

set(SJM_LAYER_DIR_monitor app/monitor)
set(SJM_LAYER_USES_monitor api model poll connect)

set(SJM_LAYER_DIR_cli app/cli)
set(SJM_LAYER_USES_cli api connect model buildinfo)

set(SJM_LAYER_DIR_sandbox app/sandbox)
set(SJM_LAYER_USES_sandbox buildinfo)

# net is what links Qt Network: the transport engine, TLS, the proxy and the built-in server.
# The app loads it as a module (app/net/CMakeLists.txt), so no layer of the app uses it; tests
# and tools link it in.
set(SJM_LAYER_DIR_net app/net)
set(SJM_LAYER_USES_net api connect sandbox buildinfo)

set(SJM_LAYER_DIR_ui ui)
set(SJM_LAYER_USES_ui api model poll connect monitor cli buildinfo)

set(SJM_LAYER_DIR_main ui/main)
set(SJM_LAYER_USES_main api model poll connect monitor cli buildinfo ui)
