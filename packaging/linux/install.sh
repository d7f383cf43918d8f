#!/bin/sh
# Install the UPR Reviewer bundle this script sits in; no Python needed.
#
#   ./install.sh              for you:      ~/.local/opt/upr-reviewer, ~/.local/bin, menu entry
#   sudo ./install.sh --system for everyone: /opt/upr-reviewer, /usr/local/bin, menu entry
#   ./install.sh --uninstall [--system]      remove the program (your workspaces stay)
#
# Workspaces, settings and logs are never touched: they live in ~/.local/share,
# ~/.config and ~/.local/state under "upr-reviewer".
set -eu

APP_ID=io.github.uprreviewer.UPRReviewer
NAME=upr-reviewer
here=$(cd "$(dirname "$0")" && pwd)

system=0
uninstall=0
for arg in "$@"; do
  case "$arg" in
    --system) system=1 ;;
    --uninstall) uninstall=1 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

if [ "$system" = 1 ]; then
  prefix=/opt/$NAME
  bindir=/usr/local/bin
  share=/usr/local/share
else
  prefix=$HOME/.local/opt/$NAME
  bindir=$HOME/.local/bin
  share=${XDG_DATA_HOME:-$HOME/.local/share}
fi

refresh() {
  # Only refresh caches that already exist: creating a user-level icon cache would
  # hide icons other programs install later without updating it.
  if [ -f "$share/applications/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$share/applications" 2>/dev/null || true
  fi
  if [ -f "$share/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
  fi
}

remove() {
  rm -f "$bindir/$NAME" "$share/applications/$APP_ID.desktop" "$share/metainfo/$APP_ID.metainfo.xml"
  for icon in "$share"/icons/hicolor/*/apps/"$APP_ID".png "$share"/icons/hicolor/scalable/apps/"$APP_ID".svg; do
    rm -f "$icon"
  done
  if [ -d "$prefix" ] && [ -x "$prefix/$NAME" ]; then
    rm -rf "$prefix"
  fi
}

if [ "$uninstall" = 1 ]; then
  remove
  refresh
  echo "UPR Reviewer removed (your workspaces and settings are kept)."
  exit 0
fi

if [ ! -x "$here/$NAME" ] || [ ! -d "$here/_internal" ]; then
  echo "install.sh: run me from the unpacked upr-reviewer folder (no $here/$NAME here)" >&2
  exit 1
fi

if [ "$here" != "$prefix" ]; then
  remove
  mkdir -p "$(dirname "$prefix")"
  cp -a "$here" "$prefix"
fi
mkdir -p "$bindir" "$share/applications" "$share/metainfo"
ln -sf "$prefix/$NAME" "$bindir/$NAME"
sed -e "s|^Exec=.*|Exec=$prefix/$NAME|" -e "s|^TryExec=.*|TryExec=$prefix/$NAME|" \
  "$prefix/share/applications/$APP_ID.desktop" > "$share/applications/$APP_ID.desktop"
cp "$prefix/share/metainfo/$APP_ID.metainfo.xml" "$share/metainfo/"
(cd "$prefix/share/icons" && find hicolor -type f) | while read -r icon; do
  mkdir -p "$share/icons/$(dirname "$icon")"
  cp "$prefix/share/icons/$icon" "$share/icons/$icon"
done
refresh

echo "UPR Reviewer installed in $prefix"
echo "Start it from the applications menu, or run: $bindir/$NAME"
case ":$PATH:" in
  *":$bindir:"*) ;;
  *) echo "($bindir is not on your PATH; the menu entry works regardless)" ;;
esac
