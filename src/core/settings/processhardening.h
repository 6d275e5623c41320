#pragma once

// A core dump of this process could hold the API key: release builds switch
// them off before anything else runs.
namespace ProcessHardening {

// No core file (RLIMIT_CORE 0) and not dumpable or ptrace-attachable by other
// processes of the same user (PR_SET_DUMPABLE 0). True when both took effect.
bool disableCoreDumps();

// disableCoreDumps() in release builds (NDEBUG); debug builds keep core dumps
// for debugging. Call first thing in main().
void applyReleaseDefaults();

} // namespace ProcessHardening
