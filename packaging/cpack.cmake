# CPack: `cpack -G DEB` in a configured build directory makes videoremix_<version>_<arch>.deb.
# One package holds the app, the CLI and videoremix-mock (the offline demo runs it).

set(VIDEOREMIX_PACKAGE_MAINTAINER "VideoRemix maintainers <maintainers@videoremix.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")

set(CPACK_PACKAGE_NAME videoremix)
set(CPACK_PACKAGE_VENDOR "The VideoRemix contributors")
set(CPACK_PACKAGE_CONTACT ${VIDEOREMIX_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "remix videos through an OpenAI-compatible video gateway")
set(CPACK_PACKAGE_DESCRIPTION
"VideoRemix asks a video gateway that speaks the OpenAI video API to remix a
video you generated before, with the change described in Chinese or English.
It follows the job until it completes, downloads the result and plays it.
The API key is kept in the system keychain.

The package holds the desktop app (videoremix), the same features for scripts
(videoremix-cli), and a local mock gateway (videoremix-mock) for the offline
demo. Released under the MIT License.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_PACKAGE_INSTALL_DIRECTORY VideoRemix)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${VIDEOREMIX_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION video)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Library dependencies come from dpkg-shlibdeps on the packaged binaries ...
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# ... which cannot see what Qt loads as plugins at run time. On Debian 12 the xcb
# and offscreen platforms, the TLS backends and the FFmpeg media backend ship
# inside libqt6gui6, libqt6network6 and libqt6multimedia6, which shlibdeps finds;
# the SQLite driver and the extra platform plugins are separate packages.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# A Secret Service provider for the keychain (KDE users have KWallet instead),
# Wayland without XWayland, and WebP for job thumbnails.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-wayland, qt6-image-formats-plugins")
# Chinese prompts and messages need a CJK font.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk")

include(CPack)
