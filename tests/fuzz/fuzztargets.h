#pragma once

#include <cstddef>
#include <cstdint>

// One entry point per fuzz target. Built with VIDEOREMIX_LIBFUZZER each file
// also defines LLVMFuzzerTestOneInput; without it, tst_fuzz_regressions calls
// them all on the kept crashers. An entry aborts when a property it checks
// does not hold, so the fuzzer reports that input as a crash.
namespace FuzzTargets {

int video(const std::uint8_t* data, std::size_t size);
int apiError(const std::uint8_t* data, std::size_t size);
int remixRequest(const std::uint8_t* data, std::size_t size);
int requestFactory(const std::uint8_t* data, std::size_t size);
int videoIdExtractor(const std::uint8_t* data, std::size_t size);

} // namespace FuzzTargets

#ifdef VIDEOREMIX_LIBFUZZER
#define VIDEOREMIX_FUZZ_ENTRY(function)                                                            \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {            \
        return function(data, size);                                                               \
    }
#else
#define VIDEOREMIX_FUZZ_ENTRY(function)
#endif

// A property that must hold for every input.
#define VIDEOREMIX_FUZZ_CHECK(condition)                                                           \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz property failed: %s (%s:%d)\n", #condition, __FILE__,       \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
