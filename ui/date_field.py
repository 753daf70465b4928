"""A date field that shows and takes dates as the reader counts them: "1 ธ.ค. 2569" (Buddhist
Era, Thai month) in Thai, "1 Dec 2026" in English, the same style as every list.

Qt's QDateEdit has no Buddhist calendar (QCalendar offers Gregorian, Julian, Jalali, Islamic
and Milankovitch), so in Thai it showed 2026-11-01 beside lists saying 1 ธ.ค. 2569. This is
a spin box of our own: the arrow keys and the wheel (when focused) move a day; typing accepts
the shown form, 28/11/2569, 28/11/2026 or 2026-11-28; a calendar button opens a month page
whose heading is in the same era. It keeps QDateEdit's small API (date, setDate,
dateChanged), so screens and drafts use it unchanged.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import dates


class DateField(QAbstractSpinBox):
    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name, so callers need not change

    def __init__(
        self, date: QDate | None = None, parent: QWidget | None = None, **options: Any
    ) -> None:
        options.pop("calendarPopup", None)  # always offered (the button beside the text)
        object_name = options.pop("objectName", None)
        super().__init__(parent, **options)
        if object_name:
            self.setObjectName(object_name)
        self._date = QDate(date) if date is not None and date.isValid() else QDate.currentDate()
        self._minimum = QDate(1900, 1, 1)
        self._maximum = QDate(2200, 12, 31)
        # No arrow buttons (the arrow keys still move a day): the calendar button is the
        # pointer's way, and the filter rows stay within a 1280-pixel screen in Thai.
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setKeyboardTracking(False)
        self.setAccelerated(False)
        self.calendar_button = QToolButton(self, objectName="date_calendar_button")
        self.calendar_button.setText("▾")
        self.calendar_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.show_calendar)
        self.popup: _MonthPopup | None = None
        self.editingFinished.connect(self._take_typed)
        self.setMinimumHeight(30)
        self._show()

    # -- QDateEdit's API --------------------------------------------------------------------

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, date: QDate | dt.date) -> None:  # noqa: N802 - Qt's name
        value = QDate(date) if isinstance(date, QDate) else QDate(date.year, date.month, date.day)
        if not value.isValid():
            return
        value = max(self._minimum, min(self._maximum, value))
        changed = value != self._date
        self._date = value
        self._show()
        if changed:
            self.dateChanged.emit(QDate(value))

    def setMinimumDate(self, date: QDate) -> None:  # noqa: N802 - Qt's name
        self._minimum = QDate(date)

    def setMaximumDate(self, date: QDate) -> None:  # noqa: N802 - Qt's name
        self._maximum = QDate(date)

    def setDisplayFormat(self, _format: str) -> None:  # noqa: N802 - accepted and ignored
        """The style follows the language (one style throughout), not a per-field format."""

    def setCalendarPopup(self, _on: bool) -> None:  # noqa: N802 - the button is always there
        pass

    def text_shown(self) -> str:
        return self.lineEdit().text()

    # -- spin box -----------------------------------------------------------------------------

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt API
        self.setDate(self._date.addDays(steps))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 - Qt API
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self._date > self._minimum:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self._date < self._maximum:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags

    def validate(self, text: str, pos: int) -> object:
        if dates.parse_date(text) is not None:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def fixup(self, text: str) -> str:
        return self._text()

    def _take_typed(self) -> None:
        typed = dates.parse_date(self.lineEdit().text())
        if typed is None:
            self._show()  # not a date: the last good one comes back
            return
        self.setDate(QDate(typed.year, typed.month, typed.day))

    def _text(self) -> str:
        return dates.short_date_text(self._date.toPython())

    def _show(self) -> None:
        self.lineEdit().setText(self._text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        # A target a finger or a shaky hand can hit, and wide enough for its mark.
        side = max(24, self.height() - 6)
        width = max(side, self.calendar_button.sizeHint().width())
        # Left of the arrows; the text stops short of the button.
        top = max(0, (self.height() - side) // 2)
        self.calendar_button.setGeometry(self.width() - width - 3, top, width, side)
        self.lineEdit().setTextMargins(0, 0, width + 2, 0)

    def sizeHint(self) -> Any:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        text = self.fontMetrics().horizontalAdvance(self._longest_text())
        button = max(24, self.calendar_button.sizeHint().width())
        hint.setWidth(text + button + 20)  # the text, the calendar button, the frame
        return hint

    def _longest_text(self) -> str:
        sample = dt.date(2569 - 543, 9, 28)  # a long month name in both languages
        return dates.short_date_text(sample) + " "

    def minimumSizeHint(self) -> Any:  # noqa: N802 - Qt API
        return self.sizeHint()

    # -- the month page -----------------------------------------------------------------------

    def show_calendar(self) -> None:
        popup = _MonthPopup(self)
        popup.picked.connect(self.setDate)
        self.popup = popup
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        popup.calendar.setFocus()


class _MonthPopup(QWidget):
    """Qt's month grid, under a heading of our own in the reader's era (Qt's shows 2026)."""

    picked = Signal(QDate)

    def __init__(self, field: DateField) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calendar = QCalendarWidget(self)
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setGridVisible(True)
        self.calendar.setSelectedDate(field.date())
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        previous, following = QToolButton(self), QToolButton(self)
        previous.setText("◀")
        following.setText("▶")
        previous.setAccessibleName(self.tr("Previous month"))
        following.setAccessibleName(self.tr("Next month"))
        previous.clicked.connect(self.calendar.showPreviousMonth)
        following.clicked.connect(self.calendar.showNextMonth)
        self.heading = QLabel(self, objectName="month_heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QHBoxLayout()
        bar.addWidget(previous)
        bar.addWidget(self.heading, 1)
        bar.addWidget(following)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.calendar)
        self.calendar.currentPageChanged.connect(self._show_heading)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        self._show_heading(self.calendar.yearShown(), self.calendar.monthShown())

    def _show_heading(self, year: int, month: int) -> None:
        self.heading.setText(dates.month_text(year, month))

    def _pick(self, day: QDate) -> None:
        self.picked.emit(QDate(day))
        self.close()


class DateTimeField(QWidget):
    """A date (as above) and a 24-hour time, with QDateTimeEdit's small API."""

    dateTimeChanged = Signal(QDateTime)  # noqa: N815 - QDateTimeEdit's name

    def __init__(
        self, moment: QDateTime | None = None, parent: QWidget | None = None, **_options: Any
    ) -> None:
        super().__init__(parent)
        start = moment if moment is not None and moment.isValid() else QDateTime.currentDateTime()
        self.date_field = DateField(start.date(), self)
        self.time_field = QDateTimeEdit(self)
        self.time_field.setDisplayFormat("HH:mm")
        self.time_field.setTime(start.time())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_field, 1)
        row.addWidget(self.time_field)
        self.setFocusProxy(self.date_field)
        self.date_field.setAccessibleName(self.tr("Date"))
        self.time_field.setAccessibleName(self.tr("Time"))
        self.date_field.dateChanged.connect(lambda _d: self.dateTimeChanged.emit(self.dateTime()))
        self.time_field.timeChanged.connect(lambda _t: self.dateTimeChanged.emit(self.dateTime()))

    def dateTime(self) -> QDateTime:  # noqa: N802 - Qt's name
        return QDateTime(self.date_field.date(), QTime(self.time_field.time()))

    def setDateTime(self, moment: QDateTime) -> None:  # noqa: N802 - Qt's name
        self.date_field.setDate(moment.date())
        self.time_field.setTime(moment.time())

    def date(self) -> QDate:
        return self.date_field.date()

    def setDisplayFormat(self, _format: str) -> None:  # noqa: N802 - accepted and ignored
        pass

    def setCalendarPopup(self, _on: bool) -> None:  # noqa: N802
        pass
