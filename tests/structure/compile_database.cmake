# The build's compile database, for the checks that read what the build really compiles.

# sjm_read_compile_database(<build tree> <var> [<path var>]): <var> gets the JSON text of
# <build tree>/compile_commands.json (and <path var> its path); a missing file stops the check
# with what to configure.
function(sjm_read_compile_database build_dir out)
    set(database "${build_dir}/compile_commands.json")
    if(NOT EXISTS "${database}")
        message(FATAL_ERROR "${database} is missing: configure with CMAKE_EXPORT_COMPILE_COMMANDS=ON (the default here) "
                            "and a Ninja or Makefile generator")
    endif()
    file(READ "${database}" json)
    set(${out} "${json}" PARENT_SCOPE)
    if(ARGC GREATER 2)
        set(${ARGV2} "${database}" PARENT_SCOPE)
    endif()
endfunction()
