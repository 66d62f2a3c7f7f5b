# Debian package: `cpack -G DEB` in the build directory, or from anywhere with
# `cpack -G DEB -B OUTPUT_DIR --config BUILD_DIR/CPackConfig.cmake`.
# Installs to /usr (the DEB default); the run-time dependencies are computed by dpkg-shlibdeps (dpkg-dev) from the
# binaries, plus the Qt plugins the app loads at run time, which no linker can see.
set(CPACK_PACKAGE_NAME "${SJM_EXECUTABLE}")
set(CPACK_PACKAGE_VENDOR "${SJM_AUTHORS}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop monitor for SpaceONE (Cloudforet) collection jobs")
set(CPACK_PACKAGE_DESCRIPTION
    "SpaceONE Job Monitor watches the collection jobs of a SpaceONE (Cloudforet)
multi-cloud deployment through the identity v2 Job API. It shows them as a live
table with filters, highlights failed and stuck jobs, notifies on failures and
deletes the jobs you select.

The same executable is a command-line tool for scripts (list, get, delete and
stat), and the package includes a SpaceONE-compatible sandbox server to try it
without a deployment.")
set(CPACK_PACKAGE_CONTACT "${SJM_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${SJM_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_GENERATOR "DEB")
set(CPACK_SOURCE_GENERATOR "TXZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/\\\\.git$" "/build[^/]*/" "/out/" "/\\\\.cache/")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME "${SJM_EXECUTABLE}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SJM_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SJM_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins: the SQLite driver of the sandbox's job store. (The xcb platform, SVG icon and TLS
# plugins come with libraries the binary links, so dpkg-shlibdeps already pulls them in.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Native Wayland windows, Qt's own translations (standard dialogs), a Secret Service keychain.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_THREADS 0)  # xz on every core
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
