#!/bin/sh
# Installs TJ Desk on Linux from the unpacked release folder (or from a source tree after
# `make package`). Plain POSIX sh: runs on Debian, Ubuntu, Mint, Fedora, Arch.
#
#   ./install.sh              install for you only (no password needed), in ~/.local
#   sudo ./install.sh         install for everyone on this PC, in /opt/tjdesk, plus the USB rule
#   ./install.sh --uninstall  remove the program (your vault and alarm journal are kept)
#
# Options: --bundle DIR (the built tjdesk folder), --no-autostart (do not start the alarm
# service at login), --no-self-test, --help.
#
# What it never does: touch the vault, the alarm journal or any setting. Uninstalling leaves
# them where they are (~/.local/share/TJDesk).
#
# DESTDIR=/some/dir sudo ./install.sh stages a system install under that folder (for
# packagers and tests): nothing outside it is changed, udev and groups are left alone.

set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
BUNDLE=""
AUTOSTART=1
SELF_TEST=1
ACTION=install

say() { printf '%s\n' "$*"; }
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'TJ Desk install: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
    case "$1" in
        --bundle) [ $# -ge 2 ] || fail "--bundle needs a folder"; BUNDLE=$2; shift ;;
        --no-autostart) AUTOSTART=0 ;;
        --no-self-test) SELF_TEST=0 ;;
        --uninstall) ACTION=uninstall ;;
        -h|--help) usage; exit 0 ;;
        *) fail "unknown option '$1' (try --help)" ;;
    esac
    shift
done

# Where things go: everyone (root) or just this user.
if [ "$(id -u)" -eq 0 ]; then
    SCOPE=system
    D=${DESTDIR:-}
    PREFIX=$D/opt/tjdesk
    BIN_DIR=$D/usr/local/bin
    APPS_DIR=$D/usr/share/applications
    ICON_DIR=$D/usr/share/icons/hicolor/scalable/apps
    AUTOSTART_DIR=$D/etc/xdg/autostart
else
    SCOPE=user
    DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
    PREFIX=$HOME/.local/opt/tjdesk
    BIN_DIR=$HOME/.local/bin
    APPS_DIR=$DATA_HOME/applications
    ICON_DIR=$DATA_HOME/icons/hicolor/scalable/apps
    AUTOSTART_DIR=${XDG_CONFIG_HOME:-$HOME/.config}/autostart
fi
UDEV_RULE=${DESTDIR:-}/etc/udev/rules.d/99-tjdesk.rules
PROGRAM=$PREFIX/tjdesk
# The path written into the menu entries: where the program runs from once installed.
RUN_PATH=${PROGRAM#"${DESTDIR:-}"}

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 &&
        update-desktop-database "$APPS_DIR" >/dev/null 2>&1 || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 &&
        gtk-update-icon-cache -q "$(dirname "$(dirname "$ICON_DIR")")" >/dev/null 2>&1 || true
}

reload_udev() {
    if [ -z "${DESTDIR:-}" ] && command -v udevadm >/dev/null 2>&1; then
        udevadm control --reload-rules && udevadm trigger --subsystem-match=tty || true
    fi
}

if [ "$ACTION" = uninstall ]; then
    step "Removing TJ Desk ($SCOPE install)"
    rm -rf "$PREFIX"
    rm -f "$BIN_DIR/tjdesk" "$APPS_DIR/tjdesk.desktop" "$ICON_DIR/tjdesk.svg" \
        "$AUTOSTART_DIR/tjdesk-alarm.desktop"
    if [ "$SCOPE" = system ] && [ -f "$UDEV_RULE" ]; then
        rm -f "$UDEV_RULE"
        reload_udev
        say "Removed the USB device rule."
    fi
    refresh_menus
    say "TJ Desk is removed."
    say "Your vault, alarm journal and settings are KEPT (in each user's ~/.local/share/TJDesk)."
    say "Delete that folder yourself only if you are sure you will never need the records."
    exit 0
fi

# --- Install -------------------------------------------------------------------------------

if [ -z "$BUNDLE" ]; then
    for candidate in "$HERE/tjdesk" "$HERE/../../dist/tjdesk"; do
        if [ -x "$candidate/tjdesk" ]; then BUNDLE=$candidate; break; fi
    done
fi
[ -n "$BUNDLE" ] && [ -x "$BUNDLE/tjdesk" ] ||
    fail "cannot find the TJ Desk program folder next to this script (run 'make package' first, or pass --bundle DIR)."
BUNDLE=$(cd "$BUNDLE" && pwd)

# The Qt in this build needs glibc 2.34 or newer (Ubuntu 22.04, Debian 12, Fedora 35 and later).
GLIBC=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')
if [ -n "$GLIBC" ]; then
    major=${GLIBC%%.*}
    minor=${GLIBC#*.}
    minor=${minor%%.*}
    if [ "$major" -lt 2 ] || { [ "$major" -eq 2 ] && [ "$minor" -lt 34 ]; }; then
        fail "this Linux is too old for TJ Desk (C library $GLIBC; 2.34 or newer is needed: Ubuntu 22.04, Debian 12 or later)."
    fi
fi

step "Installing TJ Desk for $( [ "$SCOPE" = system ] && echo 'everyone on this PC' || echo "$(id -un) only" )"
say "Program folder: $PREFIX"
mkdir -p "$(dirname "$PREFIX")" "$BIN_DIR" "$APPS_DIR" "$ICON_DIR"
# Copy beside, then swap, so an interrupted copy never leaves half a program in place.
rm -rf "$PREFIX.new"
cp -R "$BUNDLE" "$PREFIX.new"
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"
ln -sf "$RUN_PATH" "$BIN_DIR/tjdesk"
say "Command: $BIN_DIR/tjdesk"

step "Adding TJ Desk to the applications menu"
sed "s|@TJDESK@|$RUN_PATH|g" "$HERE/tjdesk.desktop" >"$APPS_DIR/tjdesk.desktop"
cp "$HERE/tjdesk.svg" "$ICON_DIR/tjdesk.svg"
refresh_menus
say "Menu entry: $APPS_DIR/tjdesk.desktop"

if [ "$AUTOSTART" -eq 1 ]; then
    step "Starting the alarm service at every login"
    mkdir -p "$AUTOSTART_DIR"
    sed "s|@TJDESK@|$RUN_PATH|g" "$HERE/tjdesk-alarm.desktop" >"$AUTOSTART_DIR/tjdesk-alarm.desktop"
    say "Autostart entry: $AUTOSTART_DIR/tjdesk-alarm.desktop"
    say "The panic button works from the next login, once the alarm is set up in TJ Desk."
else
    rm -f "$AUTOSTART_DIR/tjdesk-alarm.desktop"
    say "Not starting the alarm service at login (--no-autostart)."
fi

step "USB alarm devices"
# The user who will sit at the desk: the one who ran sudo, or this user.
DESK_USER=${SUDO_USER:-$(id -un)}
if getent group dialout >/dev/null 2>&1; then SERIAL_GROUP=dialout; else SERIAL_GROUP=uucp; fi
if [ "$SCOPE" = system ]; then
    mkdir -p "$(dirname "$UDEV_RULE")"
    cp "$HERE/99-tjdesk.rules" "$UDEV_RULE"
    reload_udev
    say "Installed the USB device rule: $UDEV_RULE"
    if [ -z "${DESTDIR:-}" ] && [ "$DESK_USER" != root ] && ! id -nG "$DESK_USER" | tr ' ' '\n' | grep -qx "$SERIAL_GROUP"; then
        usermod -a -G "$SERIAL_GROUP" "$DESK_USER"
        say "Added $DESK_USER to the '$SERIAL_GROUP' group. Sign out and sign in again for this to work."
    fi
    say "Other staff accounts on this PC also need: sudo usermod -a -G $SERIAL_GROUP THEIR-NAME"
else
    if [ -f "$UDEV_RULE" ]; then
        say "The USB device rule is already installed."
    else
        say "The USB device rule needs an administrator password. Run once:"
        say "    sudo cp '$HERE/99-tjdesk.rules' $UDEV_RULE && sudo udevadm control --reload-rules"
    fi
    if ! id -nG | tr ' ' '\n' | grep -qx "$SERIAL_GROUP"; then
        say "You are not in the '$SERIAL_GROUP' group, so TJ Desk cannot open the alarm box. Run:"
        say "    sudo usermod -a -G $SERIAL_GROUP $DESK_USER"
        say "then sign out and sign in again."
    fi
fi
# brltty (braille displays) grabs CH340/CP210x adapters and disconnects them (alarm.md 4.7).
if command -v brltty >/dev/null 2>&1 || [ -e /usr/lib/udev/rules.d/85-brltty.rules ] ||
    [ -e /lib/udev/rules.d/85-brltty.rules ]; then
    say ""
    say "NOTE: the braille display service 'brltty' is installed. It takes over CH340 and CP210x"
    say "USB adapters (LCUS relay boards, many RS-485 dongles) and the board disappears a second"
    say "after you plug it in. If nobody uses a braille display on this PC, remove it:"
    say "    sudo apt remove brltty        (Debian, Ubuntu, Mint)"
    say "If a braille display IS used here, choose the Raspberry Pi Pico box or a Numato board,"
    say "which brltty leaves alone."
fi

if [ "$SELF_TEST" -eq 1 ]; then
    step "Checking the installed program (self-test)"
    if "$PROGRAM" --self-test; then
        say "Self-test passed."
    else
        fail "the self-test failed (see the lines above). TJ Desk is installed but may not work: please report this."
    fi
    if "$PROGRAM" doctor --help >/dev/null 2>&1; then
        step "Checking this PC's screen libraries (tjdesk doctor)"
        "$PROGRAM" doctor || true
    fi
fi

step "Done"
say "Open TJ Desk from the applications menu. The first time, it asks you to create the"
say "first administrator and prints a recovery key: keep it sealed in a locked place."
