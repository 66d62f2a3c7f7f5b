# Every source file in the tree is built: each .cpp under app/, ui/ and tests/ is compiled by
# some target of this build (its compile_commands.json), and each header without a compiled .cpp
# beside it is included somewhere. A file no target names still reads as code to anyone who
# opens it, and a stale copy of a moved class is exactly that.
#
#   cmake -DSOURCE_DIR=<source root> -DBUILD_DIR=<build tree> [-DUNBUILT_DIRS=<dir>,...]
#         -P check_sources_built.cmake
#
# UNBUILT_DIRS: folders (relative to SOURCE_DIR, comma-separated) that this configuration leaves
# out on purpose, such as tests/fuzz without SJM_FUZZ.
cmake_minimum_required(VERSION 3.25)

include("${CMAKE_CURRENT_LIST_DIR}/compile_database.cmake")
sjm_read_compile_database("${BUILD_DIR}" json)
file(REAL_PATH "${SOURCE_DIR}" root)
string(REPLACE "," ";" UNBUILT_DIRS "${UNBUILT_DIRS}")

# The compiled files of the source tree, relative to it.
string(JSON count LENGTH "${json}")
set(compiled "")
if(count GREATER 0)
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
        string(JSON source GET "${json}" ${i} file)
        string(JSON directory GET "${json}" ${i} directory)
        file(REAL_PATH "${source}" source BASE_DIRECTORY "${directory}")
        string(FIND "${source}" "${root}/" at)
        if(at EQUAL 0)
            file(RELATIVE_PATH relative "${root}" "${source}")
            list(APPEND compiled "${relative}")
        endif()
    endforeach()
endif()

function(left_out path out)
    set(${out} FALSE PARENT_SCOPE)
    foreach(dir IN LISTS UNBUILT_DIRS)
        string(FIND "${path}" "${dir}/" at)
        if(at EQUAL 0)
            set(${out} TRUE PARENT_SCOPE)
        endif()
    endforeach()
endfunction()

file(GLOB_RECURSE sources RELATIVE "${root}" "${root}/app/*.cpp" "${root}/ui/*.cpp" "${root}/tests/*.cpp")
file(GLOB_RECURSE headers RELATIVE "${root}" "${root}/app/*.h" "${root}/ui/*.h" "${root}/tests/*.h")
list(SORT sources)
list(SORT headers)

set(problems "")
foreach(source IN LISTS sources)
    left_out("${source}" skip)
    if(NOT skip AND NOT source IN_LIST compiled)
        list(APPEND problems "${source}: no target compiles it")
    endif()
endforeach()

# The includes of every source and header, once.
set(includes "")
foreach(file IN LISTS sources headers)
    file(STRINGS "${root}/${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS lines)
        if(line MATCHES "\"([^\"]+)\"")
            get_filename_component(name "${CMAKE_MATCH_1}" NAME)
            list(APPEND includes "${name}")
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES includes)

foreach(header IN LISTS headers)
    left_out("${header}" skip)
    if(skip)
        continue()
    endif()
    string(REGEX REPLACE "\\.h$" ".cpp" sibling "${header}")
    get_filename_component(name "${header}" NAME)
    if(NOT sibling IN_LIST compiled AND NOT name IN_LIST includes)
        list(APPEND problems "${header}: nothing includes it and no compiled source sits beside it")
    endif()
endforeach()

list(LENGTH sources source_count)
list(LENGTH headers header_count)
if(problems)
    list(LENGTH problems n)
    foreach(problem IN LISTS problems)
        message("  ${problem}")
    endforeach()
    message(FATAL_ERROR "sources check: ${n} problem(s) in ${source_count} sources and ${header_count} headers")
endif()
message("sources check: ${source_count} sources and ${header_count} headers, all built")
