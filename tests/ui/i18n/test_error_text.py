"""Every screen says what went wrong in the user's language, the same way.

The sign-in, cases, alarm, visitors and administration screens each had their own copy of
"translate our error and fill in its numbers"; they now share ``ui.i18n.error_text``. An
error that is not ours shows the screen's own calm sentence, never the exception's text
(which could hold client data).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication

from tjdesk.errors import InvalidInput
from tjdesk.vault.errors import WrongPassword
from ui import i18n
from ui.admin.failures import failure_text
from ui.alarm.area import error_sentence
from ui.cases.session_dialog import error_text as cases_error_text
from ui.signin.form import describe_error
from ui.visitors.labels import error_text as visitors_error_text

SCREENS: dict[str, Callable[[BaseException], str]] = {
    "sign-in": describe_error,
    "cases": cases_error_text,
    "alarm": error_sentence,
    "visitors": visitors_error_text,
    "administration": failure_text,
}


@pytest.mark.parametrize("screen", SCREENS)
def test_our_error_is_shown_in_thai_with_its_number_filled(qapp: QApplication, screen: str) -> None:
    assert i18n.install_language("th")
    shown = SCREENS[screen](WrongPassword(retry_after=4.2))
    # The catalogue keeps zero-width spaces between Thai words (where a line may break).
    assert shown.replace("\u200b", "") == ("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง โปรดรอ 5 วินาทีก่อนลองใหม่")


@pytest.mark.parametrize("screen", SCREENS)
def test_our_error_is_shown_in_english_with_its_number_filled(
    qapp: QApplication, screen: str
) -> None:
    i18n.install_language("en")
    shown = SCREENS[screen](WrongPassword(retry_after=12))
    assert shown == "Wrong user name or password. Wait 12 seconds before the next try."


@pytest.mark.parametrize(
    ("screen", "sentence"),
    [
        ("sign-in", "The vault could not be opened because of an unexpected error."),
        ("cases", "Something went wrong; nothing was saved. Please try again."),
        ("alarm", "That did not work. Nothing was changed."),
        ("visitors", "Something went wrong; nothing was changed. Please try again."),
        ("administration", "That did not work. Nothing was changed."),
    ],
)
def test_an_unexpected_error_shows_the_screens_sentence_and_nothing_of_its_own(
    qapp: QApplication, screen: str, sentence: str
) -> None:
    i18n.install_language("en")
    shown = SCREENS[screen](RuntimeError("Somchai, 12 Soi Sukhumvit 4"))
    assert shown == sentence


def test_an_administration_screen_says_nothing_was_changed_in_thai(qapp: QApplication) -> None:
    """It used to say the sign-in screen's "the vault could not be opened" for any failure."""
    assert i18n.install_language("th")
    shown = failure_text(RuntimeError("Somchai, 12 Soi Sukhumvit 4"))
    assert shown.replace("\u200b", "") == "ดำเนินการไม่สำเร็จ ไม่มีการเปลี่ยนแปลงใด ๆ"


def test_a_name_given_to_an_error_is_shown_as_it_is(qapp: QApplication) -> None:
    """A room, a person or a device named like a word the catalogue knows ("Notes") keeps
    its name in Thai; only the visitor sheet's field names are translated."""
    assert i18n.install_language("th")
    err = InvalidInput("The rule-sheet template has an unknown field: %1.", "Notes")
    for screen in ("sign-in", "cases", "alarm", "administration"):
        assert SCREENS[screen](err).endswith(": Notes"), screen
    assert not SCREENS["visitors"](err).endswith(": Notes")
