# Release hardening: a stack protector, fortified libc calls, full RELRO with
# immediate binding (no writable GOT), position-independent executables (ASLR).
# Checked on the built programs by cmake/check-hardening. Debug, sanitizer and
# fuzzing builds are left alone (ASan wants the plain libc calls it intercepts).
option(VIDEOREMIX_HARDENING "Harden release builds (stack protector, FORTIFY, RELRO, PIE)" ON)

if(VIDEOREMIX_HARDENING AND CMAKE_BUILD_TYPE MATCHES "^(Release|RelWithDebInfo|MinSizeRel)$"
   AND NOT VIDEOREMIX_SANITIZE AND NOT CMAKE_CXX_FLAGS MATCHES "sanitize")
    include(CheckPIESupported)
    check_pie_supported(OUTPUT_VARIABLE videoremix_pie_message LANGUAGES CXX)
    if(CMAKE_CXX_LINK_PIE_SUPPORTED)
        set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    else()
        message(WARNING "PIE is not supported by this toolchain: ${videoremix_pie_message}")
    endif()
    # -U first: some toolchains predefine _FORTIFY_SOURCE with another level.
    add_compile_options(-fstack-protector-strong -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2)
    add_link_options(LINKER:-z,relro,-z,now)
    message(STATUS "Hardened ${CMAKE_BUILD_TYPE} build: stack protector, FORTIFY=2, RELRO, BIND_NOW, PIE")
endif()
