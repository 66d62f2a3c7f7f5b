# The size check: no source file of app/ or ui/ over MAX_FILE_LINES lines, no function of a .cpp
# file over MAX_FUNCTION_LINES lines, but for the files of ALLOWLIST (a CMake file setting
# SJM_SIZE_ALLOWED), which must still be over a limit: an entry that no longer needs its place
# fails the check too, so the list only shrinks.
#
#   cmake -DSOURCE_DIR=<tree> [-DALLOWLIST=<file>] [-DMAX_FILE_LINES=500] [-DMAX_FUNCTION_LINES=80]
#         -P check_sizes.cmake
#
# A function is what .clang-format makes of it: a line holding only "{" opens its body, at the
# indentation of its signature (column 0, or deeper for a member defined in a class body), and
# the next line starting with "}" at that indentation closes it. Its length runs from the first
# line of the signature to the closing brace. Class, struct, union and enum bodies are not
# functions; the functions inside them are.
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=<tree> [-DALLOWLIST=<file>] -P ${CMAKE_CURRENT_LIST_FILE}")
endif()
get_filename_component(SOURCE_DIR "${SOURCE_DIR}" ABSOLUTE)
if(NOT MAX_FILE_LINES)
    set(MAX_FILE_LINES 500)
endif()
if(NOT MAX_FUNCTION_LINES)
    set(MAX_FUNCTION_LINES 80)
endif()
set(SJM_SIZE_ALLOWED "")
if(ALLOWLIST)
    include("${ALLOWLIST}")
endif()

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp")
list(SORT sources)

set(offences "")
set(excused "")
set(function_count 0)
foreach(source IN LISTS sources)
    file(READ "${SOURCE_DIR}/${source}" text)
    # Only the shape of each line matters: keep CMake's list syntax out of the text.
    string(REPLACE ";" "," text "${text}")
    string(REPLACE "[" "(" text "${text}")
    string(REPLACE "]" ")" text "${text}")
    string(REPLACE "\\" "/" text "${text}")
    string(REGEX REPLACE "\n$" "" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    list(LENGTH lines line_count)

    set(found "")
    if(line_count GREATER MAX_FILE_LINES)
        list(APPEND found "${source}: ${line_count} lines (limit ${MAX_FILE_LINES})")
    endif()

    if(source MATCHES "\\.cpp$")
        # Open bodies, innermost last: indentation, first line of the signature, signature.
        set(open_indents "")
        set(open_starts "")
        set(open_names "")
        set(number 0)
        set(previous_lines "")
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            if(line MATCHES "^( *)\\{$")
                set(indent "${CMAKE_MATCH_1}")
                # The signature: back over continuation lines (deeper, or an initializer list)
                # to the line at the body's own indentation.
                set(start ${number})
                set(name "")
                set(back ${number})
                while(back GREATER 1)
                    math(EXPR back "${back} - 1")
                    math(EXPR at "${back} - 1")
                    list(GET lines ${at} candidate)
                    if(candidate STREQUAL "")
                        break()
                    endif()
                    set(start ${back})
                    if(candidate MATCHES "^${indent}[^ ,:]")
                        string(STRIP "${candidate}" name)
                        break()
                    endif()
                endwhile()
                if(name MATCHES "^(class|struct|union|enum)( |$)" OR name MATCHES "^(namespace|extern)( |$)")
                    set(start 0) # not a function: its body holds functions
                endif()
                list(APPEND open_indents "i${indent}")
                list(APPEND open_starts ${start})
                string(REPLACE ";" "," name "${name}")
                list(APPEND open_names "${name}")
            elseif(open_indents AND line MATCHES "^( *)\\}")
                list(GET open_indents -1 indent)
                if("i${CMAKE_MATCH_1}" STREQUAL indent)
                    list(GET open_starts -1 start)
                    list(GET open_names -1 name)
                    list(POP_BACK open_indents)
                    list(POP_BACK open_starts)
                    list(POP_BACK open_names)
                    if(start GREATER 0)
                        math(EXPR function_count "${function_count} + 1")
                        math(EXPR length "${number} - ${start} + 1")
                        if(length GREATER MAX_FUNCTION_LINES)
                            list(APPEND found
                                 "${source}:${start}: ${name} is ${length} lines (limit ${MAX_FUNCTION_LINES})")
                        endif()
                    endif()
                endif()
            endif()
        endforeach()
    endif()

    if(source IN_LIST SJM_SIZE_ALLOWED)
        if(found)
            list(APPEND excused ${found})
        else()
            list(APPEND offences "${source}: within the limits now, remove it from the allow-list")
        endif()
    else()
        list(APPEND offences ${found})
    endif()
endforeach()

foreach(entry IN LISTS SJM_SIZE_ALLOWED)
    if(NOT entry IN_LIST sources)
        list(APPEND offences "${entry}: on the allow-list but not a source file of app/ or ui/, remove it")
    endif()
endforeach()

list(LENGTH sources source_count)
if(excused)
    message("Over the limits, allowed for now (${ALLOWLIST}):")
    foreach(e IN LISTS excused)
        message("  ${e}")
    endforeach()
endif()
if(offences)
    list(LENGTH offences offence_count)
    message("Over the limits:")
    foreach(o IN LISTS offences)
        message("  ${o}")
    endforeach()
    message(FATAL_ERROR "size check: ${offence_count} problem(s) in ${source_count} files")
endif()
message("size check: ${source_count} files within ${MAX_FILE_LINES} lines and ${function_count} functions within "
        "${MAX_FUNCTION_LINES} lines, but for the allow-list")
