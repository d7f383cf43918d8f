"""The window's colours: light or dark, following the system's scheme or the person's
choice (View › Theme; ``Settings.theme``).

One object holds the colours of the current theme (``ui.theme_colours``: a light and
a dark set, by role), and everything takes its colours from it:

- the style sheet (``resources/style.qss``) has ``${role}`` places, filled on each
  change; a widget's own style sheet does the same through :func:`style`;
- the HTML the delegates paint writes :func:`colour` values: a role's colour that
  formats as the current theme's hex value, so ``f"color:{MUTED}"`` is always right;
- painting code holds :func:`qcolor` values: one ``QColor`` per role, set in place to
  the new theme's value when the theme changes;
- the palette (Fusion style) is built from the same set, so what the style sheet
  leaves to Qt matches it.

The system's scheme is ``QStyleHints.colorScheme()`` (Qt 6.5+), followed live through
``colorSchemeChanged``; a platform that does not say is read from the lightness of the
palette it gave the program.  :func:`changed` carries each change to the windows,
which re-read what they show (the rows' HTML is cached).
"""

from __future__ import annotations

from string import Template

from PySide6.QtCore import QByteArray, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from ui.theme_colours import SETS

SYSTEM, LIGHT, DARK = "system", "light", "dark"
MODES = (SYSTEM, LIGHT, DARK)
STYLE_PROPERTY = "themeStyle"  # a widget's own style sheet template, refilled on change
TEXT_PROPERTY = "themeText"  # a label's rich text template, refilled on change


class _State:
    mode = SYSTEM  # what the person chose
    name = LIGHT  # what it resolved to
    colours: dict[str, str] = SETS[LIGHT]
    system_dark: bool | None = None  # the platform palette's, before ours replaced it
    announced = Qt.ColorScheme.Unknown  # what colorSchemeChanged last said
    following = False  # connected to colorSchemeChanged


_state = _State()
_qcolors: dict[str, QColor] = {}


class _Notifier(QObject):
    changed = Signal(str)  # "light" or "dark"


_notifier: _Notifier | None = None


def changed():
    """The signal (``str``: "light" or "dark") sent after each change of theme."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier.changed


# -- the current colours ------------------------------------------------------------------
class Colour:
    """A role's colour in the current theme; formats (``str``, f-strings) as its hex."""

    __slots__ = ("role",)

    def __init__(self, role: str):
        if role not in SETS[LIGHT]:
            raise KeyError(f"no colour role {role!r}")
        self.role = role

    def __str__(self) -> str:
        return _state.colours[self.role]

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Colour({self.role!r}: {self})"


def colour(role: str) -> Colour:
    return Colour(role)


def hex(role: str) -> str:
    """The current theme's value of ``role`` ("#5f6973")."""
    return _state.colours[role]


def qcolor(role: str) -> QColor:
    """The ``QColor`` of ``role``, set in place to the new value on each change: hold it
    (module constants of painting code) but never change it."""
    c = _qcolors.get(role)
    if c is None:
        c = _qcolors[role] = QColor(_state.colours[role])
    return c


def name() -> str:
    """What the window shows now: "light" or "dark"."""
    return _state.name


def mode() -> str:
    """What the person chose: "system", "light" or "dark"."""
    return _state.mode


def is_dark() -> bool:
    return _state.name == DARK


def fill(template: str) -> str:
    """A style sheet (or any text) with its ``${role}`` places filled (and
    ``${check_mark}``: the check box's mark, drawn to read on the accent colour)."""
    from ui.resources import resource

    mark = resource("theme", f"check-{'dark' if is_dark() else 'light'}.svg").as_posix()
    return Template(template).substitute(_state.colours, check_mark=mark)


def stylesheet() -> str:
    from ui.resources import stylesheet as template

    return fill(template())


def style(widget: QWidget, template: str) -> None:
    """Give ``widget`` a style sheet with ``${role}`` places, kept filled on changes."""
    widget.setProperty(STYLE_PROPERTY, template)
    widget.setStyleSheet(fill(template))


def text(label, template: str) -> None:
    """Give a ``QLabel`` rich text with ``${role}`` places, kept filled on changes."""
    label.setProperty(TEXT_PROPERTY, template)
    label.setText(fill(template))


# -- contrast (WCAG 2) ----------------------------------------------------------------------
def luminance(c: QColor | str | Colour) -> float:
    q = c if isinstance(c, QColor) else QColor(str(c))

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(q.redF()) + 0.7152 * channel(q.greenF()) + 0.0722 * channel(q.blueF())


def contrast(a: QColor | str | Colour, b: QColor | str | Colour) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21 (text wants 4.5 or more)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ink_on(background: QColor | str | Colour) -> QColor:
    """The text colour for a coloured cell or chip: the theme's dark or white ink,
    whichever reads; black or white for a colour in between that neither reads on."""
    inks = sorted(
        (QColor(hex("dark_ink")), QColor(hex("light_ink"))),
        key=lambda ink: -contrast(ink, background),
    )
    if contrast(inks[0], background) >= 4.5:
        return inks[0]
    return max((QColor("#000000"), QColor("#ffffff")), key=lambda i: contrast(i, background))


def readable(
    c: QColor | str | Colour, against: QColor | str | Colour, ratio: float = 4.5
) -> QColor:
    """``c`` darkened (or lightened, on a dark ``against``) until it reads as text."""
    q = QColor(c) if isinstance(c, QColor) else QColor(str(c))
    lighter = luminance(against) < 0.18
    for _ in range(40):
        if contrast(q, against) >= ratio:
            break
        h, s, v, a = q.getHsvF()
        v = min(1.0, v + 0.05) if lighter else max(0.0, v - 0.05)
        s = max(0.0, s - 0.03) if lighter and v >= 1.0 else s
        q = QColor.fromHsvF(max(h, 0.0), s, v, a)
    return q


# -- the palette ------------------------------------------------------------------------------
def palette(colours: dict[str, str] | None = None) -> QPalette:
    """A Fusion palette from a colour set (the current one by default)."""
    c = {k: QColor(v) for k, v in (colours or _state.colours).items()}
    dark = luminance(c["base"]) < 0.18
    p = QPalette()
    R = QPalette.ColorRole
    roles = {
        R.Window: c["window"],
        R.WindowText: c["text"],
        R.Base: c["base"],
        R.AlternateBase: c["alt_base"],
        R.ToolTipBase: c["tooltip"],
        R.ToolTipText: c["tooltip_text"],
        R.PlaceholderText: c["muted"],
        R.Text: c["text"],
        R.Button: c["window"],
        R.ButtonText: c["text"],
        R.BrightText: QColor("#ffffff"),
        R.Light: c["base"].lighter(130) if dark else QColor("#ffffff"),
        R.Midlight: c["border_soft"],
        R.Mid: c["border"],
        R.Dark: c["border_strong"].darker(130 if dark else 115),
        R.Shadow: QColor("#000000"),
        R.Highlight: c["selection"],
        R.HighlightedText: c["selection_text"],
        R.Link: c["accent"],
        R.LinkVisited: c["partially"],
    }
    if hasattr(R, "Accent"):  # Qt 6.6+
        roles[R.Accent] = c["accent"]
    for role, value in roles.items():
        p.setColor(role, value)
    G = QPalette.ColorGroup.Disabled
    for role in (R.WindowText, R.Text, R.ButtonText, R.PlaceholderText):
        p.setColor(G, role, c["disabled_text"])
    p.setColor(G, R.Base, c["disabled_back"])
    p.setColor(G, R.Highlight, c["border"])
    return p


# -- choosing the theme -----------------------------------------------------------------------
def system_scheme() -> str:
    """Light or dark, as the system asks: the scheme it last announced, or the
    lightness of its palette when its style hints do not say."""
    scheme = Qt.ColorScheme.Unknown
    if QGuiApplication.instance() is not None:
        scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Unknown:
        scheme = _state.announced
    if scheme == Qt.ColorScheme.Dark:
        return DARK
    if scheme == Qt.ColorScheme.Light:
        return LIGHT
    return DARK if _state.system_dark else LIGHT


def resolve(chosen: str) -> str:
    return chosen if chosen in (LIGHT, DARK) else system_scheme()


def apply(chosen: str | None = None) -> str:
    """Show the theme ``chosen`` ("system", "light", "dark"; None: the one chosen
    before): palette, style sheet, live colours, widgets' own style sheets; then
    :func:`changed`.  Returns "light" or "dark"."""
    app = QApplication.instance()
    if chosen is not None:
        _state.mode = chosen if chosen in MODES else SYSTEM
    if isinstance(app, QApplication):
        if _state.system_dark is None:  # the platform's own palette, before ours
            _state.system_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
        _follow_system(app)
        _ask_platform(_state.mode)
    _state.name = resolve(_state.mode)
    _state.colours = SETS[_state.name]
    for role, c in _qcolors.items():
        c.setRgba(QColor(_state.colours[role]).rgba())
    if isinstance(app, QApplication):
        app.setPalette(palette())
        app.setStyleSheet(stylesheet())
        for w in app.allWidgets():
            template = w.property(STYLE_PROPERTY)
            if template:
                w.setStyleSheet(fill(str(template)))
            template = w.property(TEXT_PROPERTY)
            if template and hasattr(w, "setText"):
                w.setText(fill(str(template)))
    changed().emit(_state.name)
    return _state.name


def reset() -> None:
    """Back to the light colours without touching the application (tests)."""
    _state.mode, _state.name, _state.colours = SYSTEM, LIGHT, SETS[LIGHT]
    _state.announced = Qt.ColorScheme.Unknown
    for role, c in _qcolors.items():
        c.setRgba(QColor(_state.colours[role]).rgba())
    if QGuiApplication.instance() is not None:
        _ask_platform(SYSTEM)


def _ask_platform(chosen: str) -> None:
    """Tell the platform too (Qt 6.8+), for what Qt draws itself (title bars)."""
    hints = QGuiApplication.styleHints()
    if chosen in (LIGHT, DARK) and hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark if chosen == DARK else Qt.ColorScheme.Light)
    elif hasattr(hints, "unsetColorScheme"):
        hints.unsetColorScheme()


def _follow_system(app: QApplication) -> None:
    if not _state.following:
        _state.following = True
        app.styleHints().colorSchemeChanged.connect(_system_changed)


def _system_changed(scheme: Qt.ColorScheme) -> None:
    """The desktop switched between light and dark (``colorSchemeChanged``)."""
    if _state.mode != SYSTEM:  # our own request for the chosen theme, or not followed
        return
    _state.announced = scheme
    if system_scheme() != _state.name:
        apply()


# -- icons that follow the theme ------------------------------------------------------------
class ThemedIconEngine(QIconEngine):
    """A line icon (SVG) drawn in the current theme's icon colour: the same QIcon on
    every action and tab, right in both themes (``ui.resources.icon``)."""

    INK, ACCENT = "#34495e", "#1f5f8b"  # what the files are drawn in

    def __init__(self, svg: str):
        super().__init__()
        self.svg = svg
        self._renderers: dict[tuple[str, bool], object] = {}
        self._pixmaps: dict[tuple[str, bool, int, int], QPixmap] = {}

    def _renderer(self, disabled: bool):
        from PySide6.QtSvg import QSvgRenderer

        key = (_state.name, disabled)
        r = self._renderers.get(key)
        if r is None:
            ink = hex("icon_disabled") if disabled else hex("icon")
            accent = hex("icon_disabled") if disabled else hex("accent")
            text = self.svg.replace(self.INK, ink).replace(self.ACCENT, accent)
            r = self._renderers[key] = QSvgRenderer(QByteArray(text.encode("utf-8")))
        return r

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode == QIcon.Mode.Disabled).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """Drawn once per theme, state and size (every repaint of a toolbar asks)."""
        disabled = mode == QIcon.Mode.Disabled
        key = (_state.name, disabled, size.width(), size.height())
        pm = self._pixmaps.get(key)
        if pm is None:
            pm = QPixmap(size)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            self.paint(p, QRect(0, 0, size.width(), size.height()), mode, state)
            p.end()
            self._pixmaps[key] = pm
        return pm

    def clone(self) -> QIconEngine:
        return ThemedIconEngine(self.svg)
