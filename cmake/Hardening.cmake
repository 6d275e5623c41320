# Release hardening: a stack protector, fortified libc calls, full RELRO with
# immediate binding (no writable GOT), position-independent executables (ASLR);
# Control Flow Guard with MSVC. The flags themselves are chosen per toolchain
# by cmake/CompilerFlags.cmake; this decides whether a build is hardened
# (VIDEOREMIX_HARDENED). Checked on the built ELF programs by
# cmake/check-hardening. Debug, sanitizer and fuzzing builds are left alone
# (ASan wants the plain libc calls it intercepts).
option(VIDEOREMIX_HARDENING "Harden release builds (stack protector, FORTIFY, RELRO, PIE)" ON)

set(VIDEOREMIX_HARDENED OFF)
if(VIDEOREMIX_HARDENING AND CMAKE_BUILD_TYPE MATCHES "^(Release|RelWithDebInfo|MinSizeRel)$"
   AND NOT VIDEOREMIX_SANITIZE AND NOT CMAKE_CXX_FLAGS MATCHES "sanitize")
    set(VIDEOREMIX_HARDENED ON)
    include(CheckPIESupported)
    check_pie_supported(OUTPUT_VARIABLE videoremix_pie_message LANGUAGES CXX)
    if(CMAKE_CXX_LINK_PIE_SUPPORTED)
        set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    elseif(NOT WIN32)
        message(WARNING "PIE is not supported by this toolchain: ${videoremix_pie_message}")
    endif()
    message(STATUS "Hardened ${CMAKE_BUILD_TYPE} build (${CMAKE_CXX_COMPILER_ID}, ${CMAKE_EXECUTABLE_FORMAT})")
endif()
