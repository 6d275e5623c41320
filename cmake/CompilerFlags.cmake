# The warning, sanitizer and hardening flags for the compiler and linker in
# use: GCC and Clang (also Apple's and MinGW) take the GNU spelling, MSVC and
# clang-cl their own, and the ELF linker options (RELRO, BIND_NOW) go only to
# ELF platforms. A pure function of its arguments, so tests/cmake checks it
# for toolchains this machine does not have.
#
#   videoremix_compiler_flags(COMPILER_ID <id> FRONTEND <variant> FORMAT <format>
#       SYSTEM <name> [WARNINGS_AS_ERRORS] [SANITIZE] [HARDEN]
#       COMPILE_OUT <var> LINK_OUT <var>)
function(videoremix_compiler_flags)
    cmake_parse_arguments(ARG "WARNINGS_AS_ERRORS;SANITIZE;HARDEN"
        "COMPILER_ID;FRONTEND;FORMAT;SYSTEM;COMPILE_OUT;LINK_OUT" "" ${ARGN})
    set(compile "")
    set(link "")
    if(ARG_COMPILER_ID STREQUAL "MSVC" OR ARG_FRONTEND STREQUAL "MSVC")
        # /utf-8: the sources hold Chinese text; /permissive-: standard C++.
        list(APPEND compile /W4 /permissive- /utf-8 /Zc:__cplusplus)
        if(ARG_WARNINGS_AS_ERRORS)
            list(APPEND compile /WX)
        endif()
        if(ARG_SANITIZE)
            list(APPEND compile /fsanitize=address)
        endif()
        if(ARG_HARDEN)
            # /GS is on by default; Control Flow Guard needs the compiler and the linker.
            list(APPEND compile /guard:cf)
            list(APPEND link LINKER:/GUARD:CF LINKER:/DYNAMICBASE LINKER:/NXCOMPAT)
        endif()
    elseif(ARG_COMPILER_ID MATCHES "^(GNU|Clang|AppleClang|IntelLLVM)$")
        list(APPEND compile -Wall -Wextra -Wpedantic)
        if(ARG_WARNINGS_AS_ERRORS)
            list(APPEND compile -Werror)
        endif()
        if(ARG_SANITIZE)
            list(APPEND compile -fsanitize=address,undefined -fno-omit-frame-pointer
                -fno-sanitize-recover=undefined)
            list(APPEND link -fsanitize=address,undefined)
        endif()
        if(ARG_HARDEN)
            list(APPEND compile -fstack-protector-strong)
            # FORTIFY is a C library's feature (glibc, musl with fortify headers,
            # Apple's libc); MinGW's needs libssp linked, so Windows goes without.
            if(NOT ARG_SYSTEM STREQUAL "Windows")
                # -U first: some toolchains predefine _FORTIFY_SOURCE with another level.
                list(APPEND compile -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2)
            endif()
            if(ARG_FORMAT STREQUAL "ELF")
                list(APPEND link LINKER:-z,relro,-z,now)
            endif()
        endif()
    endif()
    set(${ARG_COMPILE_OUT} "${compile}" PARENT_SCOPE)
    set(${ARG_LINK_OUT} "${link}" PARENT_SCOPE)
endfunction()
