"""Report windows and the periods inside them (no I/O).

A window is a span of the company's days, both ends included. Its periods are the
calendar days, ISO weeks (Monday to Sunday), months or quarters it touches, as
PostgreSQL's ``date_trunc`` cuts them, clipped to the window: the first and last period
may be partial, and each is named by its first day *within the window*.

The previous window is the one just before, of the same length: the same number of
whole months when the window is whole months (January-March 2026 -> October-December
2025), the same days of the month before for a month to date (1-15 March -> 1-15
February), else the same number of days.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class Interval(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


# More periods than this in one answer is a 422 (a chart cannot show them, and the
# answer would grow with the window).
MAX_PERIODS = 400
# The longest window: ten years.
MAX_DAYS = 3660
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Window:
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _first_of(month_index: int) -> date:
    return date(month_index // 12, month_index % 12 + 1, 1)


def month_start(day: date, *, months_back: int = 0) -> date:
    """The first day of ``day``'s month, or of the month ``months_back`` before it."""
    return _first_of(_month_index(day) - months_back)


def _same_day_in(month: date, day: int) -> date:
    """``day`` of ``month``'s month, or its last day when it has fewer."""
    return month.replace(day=min(day, calendar.monthrange(month.year, month.month)[1]))


def previous_window(window: Window) -> Window:
    """The window just before ``window``, as long as it (module docstring); a month to
    date is compared with the same days of the month before."""
    whole_months = window.start.day == 1 and (window.end + ONE_DAY).day == 1
    if whole_months:
        months = _month_index(window.end) - _month_index(window.start) + 1
        return Window(_first_of(_month_index(window.start) - months), window.start - ONE_DAY)
    if window.start.day == 1 and _month_index(window.start) == _month_index(window.end):
        start = _first_of(_month_index(window.start) - 1)
        return Window(start, _same_day_in(start, window.end.day))
    return Window(window.start - timedelta(days=window.days), window.start - ONE_DAY)


def period_start(day: date, interval: Interval) -> date:
    """``date_trunc(interval, day)``: the first day of the day's period."""
    if interval is Interval.DAY:
        return day
    if interval is Interval.WEEK:
        return day - timedelta(days=day.weekday())
    if interval is Interval.MONTH:
        return day.replace(day=1)
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def _next_start(start: date, interval: Interval) -> date:
    if interval is Interval.DAY:
        return start + ONE_DAY
    if interval is Interval.WEEK:
        return start + timedelta(days=7)
    step = 1 if interval is Interval.MONTH else 3
    return _first_of(_month_index(start) + step)


def periods(window: Window, interval: Interval) -> Iterator[Window]:
    """The periods of ``window``, clipped to it, in order."""
    start = period_start(window.start, interval)
    while start <= window.end:
        following = _next_start(start, interval)
        yield Window(max(start, window.start), min(following - ONE_DAY, window.end))
        start = following


def period_count(window: Window, interval: Interval) -> int:
    """How many periods ``window`` touches (without listing them)."""
    first, last = period_start(window.start, interval), period_start(window.end, interval)
    if interval is Interval.DAY:
        return window.days
    if interval is Interval.WEEK:
        return (last - first).days // 7 + 1
    months = _month_index(last) - _month_index(first)
    return months + 1 if interval is Interval.MONTH else months // 3 + 1
