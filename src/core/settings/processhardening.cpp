#include "processhardening.h"

#include "../platform/platform.h"

namespace ProcessHardening {

bool disableCoreDumps() {
    return Platform::disableCoreDumps();
}

void applyReleaseDefaults() {
#ifdef NDEBUG
    disableCoreDumps();
#endif
}

} // namespace ProcessHardening
