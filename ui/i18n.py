"""The app's language: loading the Thai catalogue, switching language while the app runs, and a
pseudo-locale for finding clipped texts.

One catalogue per language, ``ui/resources/translations/tjdesk_<lang>.qm``, read from the
folder, or through importlib.resources where it is no plain file (a wheel, a zip or a frozen
app). It holds our own strings *and* Qt's standard ones (OK, Cancel, Undo, Back, the file
and print dialogs), compiled together from ``tjdesk_th.ts`` and ``qt_th.ts``: PySide6 ships no
``qtbase_th.qm``.

Switching at run time: ``install_language`` removes our translator and installs the new one;
Qt then sends ``QEvent.LanguageChange`` to every widget, and a widget that re-reads its texts
in ``changeEvent`` (see ``Retranslating``) shows the new language without a restart.

Environment (for developers): ``TJDESK_PSEUDO_SCALE=1.4`` installs a translator that makes
every text 40 % longer, to see which labels clip (vorta's TRANS_SCALE).
"""

from __future__ import annotations

import logging
import math
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from ui import resource_bytes

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWizard

log = logging.getLogger(__name__)

LANGUAGES = ("th", "en")
DEFAULT_LANGUAGE = "th"
# English needs no catalogue: the source strings are English.
SOURCE_LANGUAGE = "en"
LOCALE_NAMES = {"th": "th_TH", "en": "en_GB"}  # British English keeps day-month order
PSEUDO_SCALE_ENV = "TJDESK_PSEUDO_SCALE"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def error_text(err: BaseException, fallback: str, *, translate_args: bool = False) -> str:
    """An error in the user's language: one of ours (TJDeskError) translated in its context
    with its %1, %2 ... filled; anything else is ``fallback``, already translated, never the
    exception's own text (it could hold client data).

    ``translate_args``: the arguments are words marked for translation in the same context
    (the visitor sheet's field names). Elsewhere they are names, rooms, numbers and device
    specs, shown as they are: a room called "Notes" must not turn into another word.
    """
    from tjdesk.errors import TJDeskError
    from tjdesk.i18n import fill

    if not isinstance(err, TJDeskError):
        return fallback
    args = [
        QCoreApplication.translate(err.context, arg)
        if translate_args and isinstance(arg, str)
        else arg
        for arg in err.message_args
    ]
    return fill(QCoreApplication.translate(err.context, err.message), *args)


def catalogue_name(language: str) -> str:
    return f"tjdesk_{language}.qm"


def catalogue_bytes(language: str) -> bytes | None:
    """The compiled catalogue for ``language``, or None if none ships."""
    if language == SOURCE_LANGUAGE:
        return None
    try:
        return resource_bytes("translations", catalogue_name(language))
    except OSError:
        return None


LANGUAGE_KEY = "language"  # QSettings: the only thing kept outside the vault (not client data)
SETTINGS_NAME = "TJDesk"  # one settings folder, named as the data folder (tjdesk.paths.APP_NAME)


def _settings() -> Any:
    from PySide6.QtCore import QSettings

    return QSettings(SETTINGS_NAME, SETTINGS_NAME)


def saved_language() -> str:
    """The language chosen last on this computer (Thai if none yet)."""
    value = _settings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    if language in LANGUAGES:
        _settings().setValue(LANGUAGE_KEY, language)


def current_language() -> str:
    """The language last installed by ``install_language`` ("en" before any)."""
    return _current


def install_language(language: str) -> bool:
    """Make ``language`` the app's language now; True if a catalogue was loaded.

    Unknown languages fall back to English. Every open widget receives LanguageChange.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        return False
    if language not in LANGUAGES:
        language = SOURCE_LANGUAGE
    while _installed:
        old = _installed.pop()
        app.removeTranslator(old)
        old.deleteLater()
    # Thai month and day names, and Thai number formats, on Thai screens.
    # (Locales by name: Qt's language and country enums are large and slow to load.)
    QLocale.setDefault(QLocale(LOCALE_NAMES[language]))
    _current = language
    loaded = False
    data = catalogue_bytes(language)
    if data is None:
        if language != SOURCE_LANGUAGE:
            log.warning("no translation catalogue for %s", language)
    else:
        translator = CatalogueTranslator(app)
        # QTranslator.load(data) reads from the buffer as long as it lives: keep it alive.
        translator.catalogue = data  # type: ignore[attr-defined]
        if translator.load(data):
            _install(app, translator)
            loaded = True
        else:
            log.warning("translation catalogue for %s could not be read", language)
    scale = _pseudo_scale()
    if scale > 1.0:
        _install(app, PseudoTranslator(scale, _installed[-1] if _installed else None, app))
    return loaded


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def _pseudo_scale() -> float:
    try:
        return float(os.environ.get(PSEUDO_SCALE_ENV, "0"))
    except ValueError:
        return 0.0


class CatalogueTranslator(QTranslator):
    """The compiled catalogue, with one fallback: a string lupdate filed under no context is
    found from any context.

    Why: a module-level helper such as ``def tr(text): return
    QCoreApplication.translate("CasesArea", text)`` is seen by lupdate as a bare ``tr("...")``
    call, so its strings land in the catalogue with an empty context while the code asks for
    them in "CasesArea". Without the fallback those texts would stay English.
    """

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context:
            found = super().translate("", source_text, disambiguation, n)
        # None, not "": Qt takes an empty (non-null) string as a translation to show.
        return found or None


class PseudoTranslator(QTranslator):
    """Makes every text ``scale`` times as long (placeholders, accelerators and markup kept),
    so a test or a developer sees which labels would clip in a wordier language.

    It lengthens what ``inner`` (the real catalogue, if any) gives, else the English source.
    """

    PAD = "~"

    def __init__(
        self, scale: float = 1.4, inner: QTranslator | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.scale = scale
        self.inner = inner

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if not source_text:
            return None  # null: "not mine"
        base: str | None = ""
        if self.inner is not None:
            base = self.inner.translate(context, source_text, disambiguation, n)
        return lengthen(base or source_text, self.scale, self.PAD)


def lengthen(text: str, scale: float, pad: str = "~") -> str:
    """``text`` padded to ``scale`` times its length; an HTML text gets the padding before its
    last closing tag so the markup stays valid."""
    extra = max(1, math.ceil(len(text) * (scale - 1.0)))
    padding = " " + pad * extra
    if text.rstrip().endswith(">") and "</" in text:
        at = text.rfind("</")
        return text[:at] + padding + text[at:]
    return text + padding


class Retranslating:
    """Mixin for a QWidget whose texts are set in ``retranslate()``: called again on every
    language change, so a screen follows a switch of language without a restart.

        class MyPanel(Retranslating, QWidget):
            def __init__(self):
                super().__init__()
                self.title = QLabel()
                self.retranslate()

            def retranslate(self) -> None:
                self.title.setText(self.tr("Cases"))
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def _wizard_texts() -> dict[str, dict[QWizard.WizardButton, str]]:
    """Qt's own button texts of a QWizard (context "QWizard"), per wizard style. (Not made on
    import: QWizard's class and enums would load before the first window; issue 18.)"""
    from PySide6.QtWidgets import QWizard

    return {
        "classic": {
            QWizard.WizardButton.BackButton: "< &Back",
            QWizard.WizardButton.NextButton: "&Next >",
            QWizard.WizardButton.CommitButton: "Commit",
            QWizard.WizardButton.FinishButton: "&Finish",
            QWizard.WizardButton.CancelButton: "Cancel",
            QWizard.WizardButton.HelpButton: "&Help",
        },
        "mac": {
            QWizard.WizardButton.BackButton: "Go Back",
            QWizard.WizardButton.NextButton: "Continue",
            QWizard.WizardButton.CommitButton: "Commit",
            QWizard.WizardButton.FinishButton: "Done",
            QWizard.WizardButton.CancelButton: "Cancel",
            QWizard.WizardButton.HelpButton: "Help",
        },
        "aero": {
            QWizard.WizardButton.BackButton: "Go Back",
            QWizard.WizardButton.NextButton: "&Next",
            QWizard.WizardButton.CommitButton: "Commit",
            QWizard.WizardButton.FinishButton: "&Finish",
            QWizard.WizardButton.CancelButton: "Cancel",
            QWizard.WizardButton.HelpButton: "&Help",
        },
    }


def retranslate_wizard_buttons(wizard: QWizard) -> None:
    """Give a QWizard's Back/Next/Finish/Cancel buttons the current language.

    QWizard reads its button texts once, when it is made, and ignores LanguageChange; call this
    from the wizard's ``changeEvent`` on LanguageChange.
    """
    from PySide6.QtWidgets import QWizard

    style = wizard.wizardStyle()
    key = (
        "mac"
        if style == QWizard.WizardStyle.MacStyle
        else "aero"
        if style == QWizard.WizardStyle.AeroStyle
        else "classic"
    )
    for which, text in _wizard_texts()[key].items():
        wizard.setButtonText(which, QCoreApplication.translate("QWizard", text))
