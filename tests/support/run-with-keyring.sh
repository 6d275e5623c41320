#!/bin/sh
# Runs a program against a real, private Secret Service: a gnome-keyring
# daemon with a scratch HOME, unlocked with a throwaway password. Meant to be
# started under its own session bus so nothing reaches the user's keyring:
#   dbus-run-session -- run-with-keyring.sh <program> [args...]
set -eu

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "run-with-keyring.sh: no session bus; start it under dbus-run-session" >&2
    exit 2
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/videoremix-keyring.XXXXXX")
cleanup() {
    rm -rf "$scratch"
}
trap cleanup EXIT INT TERM

export HOME="$scratch/home"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
# No display: a prompt could never be answered, so none may be needed.
unset DISPLAY WAYLAND_DISPLAY

# --unlock reads the password from stdin and creates the login keyring with it.
eval "$(printf 'videoremix-test-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
export VIDEOREMIX_TEST_PRIVATE_KEYRING=1

status=0
"$@" || status=$?
exit "$status"
