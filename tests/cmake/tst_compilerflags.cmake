# cmake -P tests/cmake/tst_compilerflags.cmake
# The flags cmake/CompilerFlags.cmake chooses, checked for toolchains this
# machine may not have: a GNU flag never reaches MSVC, an ELF linker option
# never reaches macOS or Windows.
include(${CMAKE_CURRENT_LIST_DIR}/../../cmake/CompilerFlags.cmake)

set(failures 0)
function(expect name compile link)
    # ARGN: the arguments of videoremix_compiler_flags
    videoremix_compiler_flags(${ARGN} COMPILE_OUT got_compile LINK_OUT got_link)
    if(NOT "${got_compile}" STREQUAL "${compile}" OR NOT "${got_link}" STREQUAL "${link}")
        message(SEND_ERROR "${name}:\n  compile: ${got_compile}\n  expected ${compile}\n"
                           "  link: ${got_link}\n  expected ${link}")
    else()
        message(STATUS "PASS ${name}")
    endif()
endfunction()

expect("GCC on Linux, debug, warnings are errors"
    "-Wall;-Wextra;-Wpedantic;-Werror" ""
    COMPILER_ID GNU FRONTEND GNU FORMAT ELF SYSTEM Linux WARNINGS_AS_ERRORS)
expect("GCC on Linux, hardened release"
    "-Wall;-Wextra;-Wpedantic;-fstack-protector-strong;-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2"
    "LINKER:-z,relro,-z,now"
    COMPILER_ID GNU FRONTEND GNU FORMAT ELF SYSTEM Linux HARDEN)
expect("Clang on Linux, sanitizers"
    "-Wall;-Wextra;-Wpedantic;-fsanitize=address,undefined;-fno-omit-frame-pointer;-fno-sanitize-recover=undefined"
    "-fsanitize=address,undefined"
    COMPILER_ID Clang FRONTEND GNU FORMAT ELF SYSTEM Linux SANITIZE)
expect("Apple Clang on macOS, hardened: no ELF linker options"
    "-Wall;-Wextra;-Wpedantic;-fstack-protector-strong;-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2" ""
    COMPILER_ID AppleClang FRONTEND GNU FORMAT MACHO SYSTEM Darwin HARDEN)
expect("MinGW GCC on Windows, hardened: no FORTIFY, no ELF options"
    "-Wall;-Wextra;-Wpedantic;-fstack-protector-strong" ""
    COMPILER_ID GNU FRONTEND GNU FORMAT PE SYSTEM Windows HARDEN)
expect("MSVC, warnings are errors"
    "/W4;/permissive-;/utf-8;/Zc:__cplusplus;/WX" ""
    COMPILER_ID MSVC FRONTEND MSVC FORMAT PE SYSTEM Windows WARNINGS_AS_ERRORS)
expect("MSVC, hardened release"
    "/W4;/permissive-;/utf-8;/Zc:__cplusplus;/guard:cf"
    "LINKER:/GUARD:CF;LINKER:/DYNAMICBASE;LINKER:/NXCOMPAT"
    COMPILER_ID MSVC FRONTEND MSVC FORMAT PE SYSTEM Windows HARDEN)
expect("clang-cl speaks MSVC"
    "/W4;/permissive-;/utf-8;/Zc:__cplusplus;/WX" ""
    COMPILER_ID Clang FRONTEND MSVC FORMAT PE SYSTEM Windows WARNINGS_AS_ERRORS)
expect("an unknown compiler gets nothing it may not understand"
    "" ""
    COMPILER_ID SomethingElse FRONTEND "" FORMAT ELF SYSTEM Linux WARNINGS_AS_ERRORS HARDEN)
