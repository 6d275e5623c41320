#pragma once

#include <link.h>

#include <cstring>

// Whether a shared object whose path contains `pathPart` is loaded in this process.
inline bool libraryLoaded(const char* pathPart) {
    struct Search {
        const char* pathPart;
        bool found = false;
    } search{pathPart};
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* data) {
            auto* search = static_cast<Search*>(data);
            if (info->dlpi_name && std::strstr(info->dlpi_name, search->pathPart))
                search->found = true;
            return 0;
        },
        &search);
    return search.found;
}
