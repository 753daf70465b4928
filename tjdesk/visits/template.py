"""The rule-sheet template: what a shelter may edit, validated, and the shipped defaults.

A template is one language's complete sheet. It holds wording only: there is deliberately no
field for the shelter's name, address, map or phone, and unknown fields are refused, so a sheet
can never be made to print where the shelter is.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields
from functools import cache
from importlib import resources
from typing import Any

from tjdesk import safe_json
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP

FORMAT = 1
DATE_STYLES = ("thai_be", "english", "iso")
SHIPPED_LANGUAGES = ("th", "en")
# BCP-47-ish: "th", "en", "my", "km", "lo", "ja", "zh-Hant".
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_MAX_TEXT = 2000
_MAX_ITEMS = 20


@dataclass(frozen=True)
class RuleSheetTemplate:
    language: str
    language_name: str
    date_style: str
    title: str
    subtitle: str
    intro: str
    date_label: str
    principles_heading: str
    principles: tuple[str, ...]
    rights_heading: str
    rights: tuple[str, ...]
    obligations_heading: str
    obligations: tuple[str, ...]
    laws_heading: str
    laws: tuple[str, ...]
    # The notice to visitors about their own data (PDPA s.23); PRIVACY_DAYS in it is replaced
    # by the vault's retention setting when the sheet is printed.
    privacy_heading: str
    privacy: str
    acknowledgement_heading: str
    acknowledgement: str
    column_number: str
    column_name: str
    column_organisation: str
    column_signature: str
    closing: str

    def to_json(self) -> str:
        data: dict[str, Any] = {"format": FORMAT, **asdict(self)}
        for key in _LIST_FIELDS:
            data[key] = list(data[key])
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)

    def texts(self) -> list[str]:
        """Every piece of wording on the sheet (for checks such as the address guard)."""
        out: list[str] = []
        for name in _TEXT_FIELDS:
            out.append(getattr(self, name))
        for name in _LIST_FIELDS:
            out.extend(getattr(self, name))
        return out


_LIST_FIELDS = ("principles", "rights", "obligations", "laws")
# Where the privacy notice says how long a visit is kept.
PRIVACY_DAYS = "{days}"
_TEXT_FIELDS = tuple(f.name for f in fields(RuleSheetTemplate) if f.name not in _LIST_FIELDS)
# Fields a sheet cannot do without; the others may be left empty by the shelter.
_REQUIRED = ("language", "language_name", "title", "acknowledgement", "column_name")


def template_from_dict(data: dict[str, Any]) -> RuleSheetTemplate:
    """Validate and build a template; raises InvalidInput naming the first problem."""
    if not isinstance(data, dict):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The rule-sheet template is not valid."))
    known = set(_TEXT_FIELDS) | set(_LIST_FIELDS) | {"format"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The rule-sheet template has an unknown field: %1."),
            unknown[0],
        )
    if data.get("format", FORMAT) != FORMAT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The rule-sheet template is from a newer version.")
        )
    values: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        value = data.get(name, "")
        if not isinstance(value, str) or len(value) > _MAX_TEXT:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The rule-sheet field %1 is not valid text."), name
            )
        values[name] = value.strip()
    for name in _LIST_FIELDS:
        items = data.get(name, [])
        if (
            not isinstance(items, list | tuple)
            or len(items) > _MAX_ITEMS
            or not all(isinstance(item, str) and len(item) <= _MAX_TEXT for item in items)
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The rule-sheet field %1 is not a valid list."), name
            )
        values[name] = tuple(item.strip() for item in items if item.strip())
    for name in _REQUIRED:
        if not values[name]:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The rule sheet needs a %1."), name.replace("_", " ")
            )
    if not values["obligations"]:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The rule sheet needs at least one obligation.")
        )
    if not _LANGUAGE_CODE.match(values["language"]):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Language code %1 is not valid (use e.g. th, en, my)."),
            values["language"],
        )
    if values["date_style"] not in DATE_STYLES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Date style %1 is not one of: thai_be, english, iso."),
            values["date_style"],
        )
    return RuleSheetTemplate(**values)


def template_from_json(text: str) -> RuleSheetTemplate:
    try:
        data = safe_json.loads(text)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The rule-sheet template is not valid.")
        ) from None
    return template_from_dict(data)


@cache
def shipped_template(language: str) -> RuleSheetTemplate:
    """The default sheet that ships with the app (data file loaded through importlib)."""
    if language not in SHIPPED_LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "No rule sheet ships for language %1."), language
        )
    package = resources.files("tjdesk.visits.defaults")
    text = package.joinpath(f"rule_sheet_{language}.json").read_text("utf-8")
    return template_from_json(text)
