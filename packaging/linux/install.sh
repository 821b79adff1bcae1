#!/bin/sh
# Install ScamScreen for you alone: no administrator password, no sudo.
#
#   tar -xzf scamscreen-VERSION-linux-x86_64.tar.gz && ./scamscreen/install.sh
#
# This script sits at the top of the extracted folder, next to the `scamscreen` program.
# It copies that folder to ~/.local/opt/scamscreen (replacing an earlier version there), so
# the downloaded archive and the extracted folder can be deleted afterwards; then it adds
#   ~/.local/bin/scamscreen                                     a link to the program
#   ~/.local/share/applications/scamscreen.desktop              the applications-menu entry
#   ~/.local/share/icons/hicolor/SIZExSIZE/apps/scamscreen.png  its icon
# (~/.local/share is $XDG_DATA_HOME when that is set). Run from ~/.local/opt/scamscreen
# itself, it only adds those again.
#
#   ~/.local/opt/scamscreen/install.sh --uninstall
#
# removes all of that again. Your saved checks (~/.local/share/ScamScreen) and settings
# (~/.config/ScamScreen) are kept; add --delete-data to delete them too.

set -eu

usage() {
    cat <<'EOF'
Install ScamScreen for you alone (no administrator password needed):

  ./scamscreen/install.sh                  install, or update an earlier copy
  ./scamscreen/install.sh --uninstall      remove ScamScreen; keep your saved checks
  ./scamscreen/install.sh --uninstall --delete-data
                                           remove ScamScreen and your saved checks
EOF
}

say() { printf '%s\n' "$*"; }
fail() {
    printf 'ScamScreen: %s\n' "$*" >&2
    exit 1
}

uninstall=0
delete_data=0
for arg in "$@"; do
    case $arg in
        --uninstall) uninstall=1 ;;
        --delete-data) delete_data=1 ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
if [ "$delete_data" = 1 ] && [ "$uninstall" = 0 ]; then
    fail "--delete-data goes with --uninstall."
fi

[ -n "${HOME:-}" ] || fail "HOME is not set, so there is nowhere to install ScamScreen."
if [ "$(id -u)" = 0 ] && [ -n "${SUDO_USER:-}" ]; then
    fail "please run this without sudo: ScamScreen installs just for you."
fi

# The XDG base directories; a relative value is invalid and ignored (as the spec says).
xdg() {
    case ${1:-} in
        /*) printf '%s' "$1" ;;
        *) printf '%s' "$2" ;;
    esac
}
DATA_HOME=$(xdg "${XDG_DATA_HOME:-}" "$HOME/.local/share")
CONFIG_HOME=$(xdg "${XDG_CONFIG_HOME:-}" "$HOME/.config")
STATE_HOME=$(xdg "${XDG_STATE_HOME:-}" "$HOME/.local/state")
CACHE_HOME=$(xdg "${XDG_CACHE_HOME:-}" "$HOME/.cache")

OPT_DIR=$HOME/.local/opt/scamscreen
EXE=$OPT_DIR/scamscreen
BIN_LINK=$HOME/.local/bin/scamscreen
APPS_DIR=$DATA_HOME/applications
DESKTOP_FILE=$APPS_DIR/scamscreen.desktop
ICON_THEME=$DATA_HOME/icons/hicolor
SIZES="16 24 32 48 64 128 256 512"
USER_DATA=$DATA_HOME/ScamScreen # platformdirs.user_data_dir("ScamScreen")

here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)

# The real path of a folder, or nothing when it does not exist.
real_dir() { (CDPATH='' cd -- "$1" 2>/dev/null && pwd -P) || true; }

# Is this folder a ScamScreen bundle (or empty), so that it may be replaced or removed?
is_ours() {
    [ -f "$1/scamscreen" ] || [ -z "$(ls -A -- "$1" 2>/dev/null)" ]
}

refresh_menus() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$APPS_DIR" 2>/dev/null || true
    fi
    # Only refresh an icon cache that is already there: a new one would hide icons that
    # other programs add later without updating it.
    if [ -f "$ICON_THEME/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1
    then
        gtk-update-icon-cache -q -t -f "$ICON_THEME" 2>/dev/null || true
    elif [ -d "$ICON_THEME" ]; then
        touch "$ICON_THEME"
    fi
}

remove_menu_entry() {
    rm -f -- "$DESKTOP_FILE"
    for size in $SIZES scalable; do
        case $size in
            scalable) folder=$ICON_THEME/scalable ;;
            *) folder=$ICON_THEME/${size}x${size} ;;
        esac
        rm -f -- "$folder/apps/scamscreen.png" "$folder/apps/scamscreen.svg"
        rmdir -- "$folder/apps" "$folder" 2>/dev/null || true # if nothing else is there
    done
}

if [ "$uninstall" = 1 ]; then
    if [ -L "$BIN_LINK" ]; then
        case $(readlink -- "$BIN_LINK" || true) in
            "$EXE" | */.local/opt/scamscreen/scamscreen) rm -f -- "$BIN_LINK" ;;
        esac
    fi
    remove_menu_entry
    refresh_menus
    if [ -d "$OPT_DIR" ]; then
        is_ours "$OPT_DIR" || fail "$OPT_DIR does not look like ScamScreen; it was left alone."
        rm -rf -- "$OPT_DIR"
        rmdir -- "$(dirname -- "$OPT_DIR")" 2>/dev/null || true
    fi
    rm -rf -- "$CACHE_HOME/scamscreen" # rebuilt by ScamScreen whenever needed
    if [ "$delete_data" = 1 ]; then
        rm -rf -- "$USER_DATA" "$STATE_HOME/ScamScreen"
        rm -f -- "$CONFIG_HOME/ScamScreen/ScamScreen.conf"
        rmdir -- "$CONFIG_HOME/ScamScreen" 2>/dev/null || true
        say "ScamScreen, your saved checks and your settings have been removed."
    else
        say "ScamScreen has been removed."
        if [ -d "$USER_DATA" ]; then
            say "Your saved checks are kept in $USER_DATA: if you install ScamScreen again,"
            say "they will be there."
        fi
    fi
    exit 0
fi

if [ ! -f "$here/scamscreen" ] || [ ! -x "$here/scamscreen" ]; then
    fail "there is no 'scamscreen' program next to this script (in $here). Extract the whole archive, then run ./scamscreen/install.sh"
fi
[ -f "$here/scamscreen.desktop" ] ||
    fail "scamscreen.desktop is missing from $here. Please download ScamScreen again."

# 1. The program, in ~/.local/opt/scamscreen: copied next to it first, then swapped in, so
#    an interrupted update never leaves half a program.
if [ "$here" != "$(real_dir "$OPT_DIR")" ]; then
    if [ -L "$OPT_DIR" ] || { [ -e "$OPT_DIR" ] && ! { [ -d "$OPT_DIR" ] && is_ours "$OPT_DIR"; }; }
    then
        fail "$OPT_DIR is there already and is not ScamScreen; please move it away first."
    fi
    mkdir -p -- "$(dirname -- "$OPT_DIR")"
    staging=$OPT_DIR.new.$$
    trap 'rm -rf -- "$staging"' EXIT
    trap 'exit 1' HUP INT TERM
    rm -rf -- "$staging"
    cp -R -P -p -- "$here" "$staging"
    rm -rf -- "$OPT_DIR"
    mv -- "$staging" "$OPT_DIR"
    trap - EXIT HUP INT TERM
fi

# 2. The command: ~/.local/bin/scamscreen (a file of the same name that is not a link is
#    someone else's, and stays).
mkdir -p -- "$(dirname -- "$BIN_LINK")"
if [ -e "$BIN_LINK" ] && [ ! -L "$BIN_LINK" ]; then
    say "Note: $BIN_LINK is there already and is not ScamScreen's; it was left alone."
else
    rm -f -- "$BIN_LINK"
    ln -s -- "$EXE" "$BIN_LINK"
fi

# 3. The menu entry, pointing at the installed program. In Exec, the path is quoted and
#    ", `, $ and \ escaped (the Desktop Entry spec), then every \ doubled (a string value).
exec_path=$(printf '%s' "$EXE" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')
try_exec=$(printf '%s' "$EXE" | sed -e 's/\\/\\\\/g')
mkdir -p -- "$APPS_DIR"
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        Exec=*) printf 'Exec="%s"\n' "$exec_path" ;;
        TryExec=*) printf 'TryExec=%s\n' "$try_exec" ;;
        *) printf '%s\n' "$line" ;;
    esac
done <"$OPT_DIR/scamscreen.desktop" >"$DESKTOP_FILE.new"
chmod 644 -- "$DESKTOP_FILE.new"
mv -- "$DESKTOP_FILE.new" "$DESKTOP_FILE"

# 4. The icons: icons/scamscreen-SIZE.png in the archive (or the copies inside the bundle).
icons=$OPT_DIR/icons
[ -d "$icons" ] || icons=$OPT_DIR/_internal/resources/icons/png
for size in $SIZES; do
    if [ -f "$icons/scamscreen-$size.png" ]; then
        mkdir -p -- "$ICON_THEME/${size}x${size}/apps"
        cp -- "$icons/scamscreen-$size.png" "$ICON_THEME/${size}x${size}/apps/scamscreen.png"
    fi
done
svg=$OPT_DIR/_internal/resources/icons/scamscreen.svg
if [ -f "$svg" ]; then
    mkdir -p -- "$ICON_THEME/scalable/apps"
    cp -- "$svg" "$ICON_THEME/scalable/apps/scamscreen.svg"
fi
refresh_menus

say "ScamScreen is installed."
say "Open it from your applications menu: look for ScamScreen."
case ":${PATH:-}:" in
    *":$(dirname -- "$BIN_LINK"):"*) say "In a terminal, type: scamscreen" ;;
    *) say "In a terminal, type: $BIN_LINK" ;;
esac
say "To remove it later: $OPT_DIR/install.sh --uninstall"
