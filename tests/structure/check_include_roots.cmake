# Proves that the build itself fences the layers: for each layer's library (and the executable),
# takes the compile command the build uses for one of its sources (compile_commands.json) and
# preprocesses a probe that asks, with __has_include, whether a header of every layer is
# reachable. The layers reachable must be exactly the layer itself and those it may use
# (app/layers.cmake): an include across any other edge cannot compile.
#
#   cmake -DSOURCE_DIR=<source root> -DBUILD_DIR=<build tree> -DWORK_DIR=<scratch directory>
#         -DEXECUTABLE=<name of the app's target> -P check_include_roots.cmake
cmake_minimum_required(VERSION 3.25)

include("${SOURCE_DIR}/app/layers.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/compile_database.cmake")
sjm_read_compile_database("${BUILD_DIR}" json database)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# The target each layer compiles in.
foreach(layer IN LISTS SJM_LAYERS)
    set(target_${layer} sjm_${layer})
endforeach()
set(target_main "${EXECUTABLE}")

# One header of each layer, as the layer's users spell it: "<folder>/<header>".
set(probe "")
foreach(layer IN LISTS SJM_LAYERS)
    if(layer STREQUAL "main")
        continue() # an executable: nothing includes it
    endif()
    set(dir "${SOURCE_DIR}/${SJM_LAYER_DIR_${layer}}")
    file(GLOB headers RELATIVE "${dir}" "${dir}/*.h")
    list(SORT headers)
    if(NOT headers)
        message(FATAL_ERROR "${SJM_LAYER_DIR_${layer}} has no header to probe")
    endif()
    list(GET headers 0 header)
    get_filename_component(name "${dir}" NAME)
    string(APPEND probe "#if __has_include(\"${name}/${header}\")\nsjm_reaches_${layer}\n#endif\n")
endforeach()

# The first compile command of each target.
string(JSON count LENGTH "${json}")
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON command GET "${json}" ${i} command)
    foreach(layer IN LISTS SJM_LAYERS)
        if(NOT DEFINED command_${layer} AND command MATCHES "CMakeFiles/${target_${layer}}\\.dir/")
            set(command_${layer} "${command}")
            string(JSON directory_${layer} GET "${json}" ${i} directory)
        endif()
    endforeach()
endforeach()

set(failures 0)
foreach(layer IN LISTS SJM_LAYERS)
    if(NOT DEFINED command_${layer})
        message("FAILED: ${target_${layer}}: no compile command in ${database}")
        math(EXPR failures "${failures} + 1")
        continue()
    endif()
    # The same compiler and flags, without the object, the source and the dependency file.
    separate_arguments(arguments UNIX_COMMAND "${command_${layer}}")
    set(kept "")
    set(skip_next FALSE)
    foreach(argument IN LISTS arguments)
        if(skip_next)
            set(skip_next FALSE)
        elseif(argument MATCHES "^-(o|c|MT|MF|MQ)$")
            set(skip_next TRUE)
        elseif(NOT argument MATCHES "^-(MD|MMD)$")
            list(APPEND kept "${argument}")
        endif()
    endforeach()
    set(source "${WORK_DIR}/probe_${layer}.cpp")
    file(WRITE "${source}" "${probe}")
    execute_process(COMMAND ${kept} -E -P "${source}"
        WORKING_DIRECTORY "${directory_${layer}}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message("FAILED: ${target_${layer}}: the preprocessor exited ${rc}: ${err}")
        math(EXPR failures "${failures} + 1")
        continue()
    endif()
    string(REGEX MATCHALL "sjm_reaches_[a-z]+" reached "${out}")
    string(REPLACE "sjm_reaches_" "" reached "${reached}")
    set(expected ${SJM_LAYER_USES_${layer}})
    if(NOT layer STREQUAL "main")
        list(APPEND expected ${layer})
    endif()
    list(SORT reached)
    list(SORT expected)
    string(REPLACE ";" ", " shown "${reached}")
    if("${reached}" STREQUAL "${expected}")
        message("ok: ${target_${layer}} reaches ${shown}")
    else()
        string(REPLACE ";" ", " wanted "${expected}")
        message("FAILED: ${target_${layer}} reaches [${shown}], app/layers.cmake allows [${wanted}]")
        math(EXPR failures "${failures} + 1")
    endif()
endforeach()

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} target(s) reach other headers than their layers allow")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
