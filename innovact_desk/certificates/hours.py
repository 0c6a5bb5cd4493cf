"""Hours that mean what they say: the hours of each day of the event, and the hours a person attended.

The event keeps its total (`init --hours`, the settings dialog). The hours of each day are a setting of the
event file (`certificates.day_hours`, a JSON list, one number a day) written with set_day_hours, which
also sets the total to their sum. When the setting is missing, or no longer adds up to the total (the total
was changed since), the total is shared evenly between the days.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable

from innovact_desk.errors import UserError
from innovact_desk.records import Event
from innovact_desk.store.event import EventStore

DAY_HOURS_SETTING = "certificates.day_hours"


def parse_day_hours(text: str, days: int) -> list[float]:
    """'8,8' or '8;7,5' (a semicolon when a decimal comma is used): one number from 0 to 24 a day."""
    separator = ";" if ";" in text else ","
    try:
        values = [float(p.strip().replace(",", ".")) for p in text.split(separator)]
    except ValueError:
        values = []
    if len(values) != days or any(not math.isfinite(v) or v < 0 or v > 24 for v in values):
        raise UserError("certificates.bad_day_hours", value=text, days=days)
    return values


def set_day_hours(store: EventStore, hours: list[float]) -> None:
    """Record the hours of each day, and the event's total as their sum."""
    if len(hours) != len(store.event.days) or any(not math.isfinite(h) or h < 0 or h > 24 for h in hours):
        raise UserError("certificates.bad_day_hours", value=",".join(map(str, hours)), days=len(store.event.days))
    with store.transaction():
        store.set_setting(DAY_HOURS_SETTING, json.dumps(hours))
        store.update_event(hours=sum(hours))


def day_hours(event: Event, setting: str | None) -> dict[int, float]:
    """Day number -> its hours."""
    numbers = [d.number for d in event.days]
    try:
        listed = [float(h) for h in json.loads(setting)] if setting else []
    except (ValueError, TypeError):
        listed = []
    if len(listed) == len(numbers) and abs(sum(listed) - (event.hours or 0)) < 1e-6:
        return dict(zip(numbers, listed))
    share = (event.hours or 0) / len(numbers) if numbers else 0
    return {n: share for n in numbers}


def event_day_hours(store: EventStore) -> dict[int, float]:
    return day_hours(store.event, store.setting(DAY_HOURS_SETTING))


def attended_hours(per_day: dict[int, float], days: Iterable[int]) -> float:
    """The hours of the days attended, rounded to a tenth."""
    return round(sum(per_day.get(d, 0) for d in set(days)), 1)
