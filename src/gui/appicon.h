#pragma once

#include <QIcon>

// The app's icon, compiled into the program (the same PNGs the package installs
// into the hicolor theme), read when a window system first asks for it.
QIcon applicationIcon();
