# dmgbuild settings: a drag-to-Applications disk image for "UPR Reviewer.app".
#
# Run by `python packaging/build.py` on macOS (pip install dmgbuild), which passes:
#   dmgbuild -s packaging/macos/dmg_settings.py -D app="dist/UPR Reviewer.app"
#            -D icon=build/icons/upr-reviewer.icns "UPR Reviewer 0.1.0" dist/....dmg
# Reviewed against dmgbuild's settings documentation; not run on this project's
# machines.  dmgbuild executes this file with `defines` (the -D values) in scope.
# ruff: noqa: F821
import os.path

application = defines["app"]
appname = os.path.basename(application)

format = "UDZO"  # zlib-compressed, read-only: opens on every supported macOS
filesystem = "HFS+"
size = None  # dmgbuild measures the files

files = [application]
symlinks = {"Applications": "/Applications"}
hide_extensions = [appname]
icon = defines.get("icon")  # the volume shows the program's icon

default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
window_rect = ((200, 120), (560, 320))
icon_size = 112
text_size = 13
icon_locations = {
    appname: (150, 150),
    "Applications": (410, 150),
}
background = None
