#pragma once

#include <QIcon>

// The app's icon: the installed one from the icon theme, named by the app ID as
// the desktop file names it, else the copy compiled into the program (a build
// run from its directory, or a desktop without the hicolor theme).
QIcon applicationIcon();
