"""Dates as an ordinance prints them ("November 28, 2026"), independent of the process locale.

The one list of month names: clause filters, the DOCX footer and the Markdown header use it.
"""
from __future__ import annotations

import datetime as _dt

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def long_date(d: _dt.date) -> str:
    """"November 28, 2026"."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def month_day(month: int, day: int) -> str:
    """"March 15"."""
    return f"{MONTHS[month - 1]} {day}"
