#pragma once

#include <QIcon>

#include <functional>

// An icon that is made by `make` when it is first drawn or measured, not
// now. Reading an image costs: QImageReader asks every image-format plugin
// (nine on Debian, each loaded with its libraries) before its own PNG reader,
// and many icons of a window are never drawn in a session.
QIcon lazyIcon(std::function<QIcon()> make);
