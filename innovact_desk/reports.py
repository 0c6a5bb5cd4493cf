"""Attendance figures for the funder's report: per day, by kind of organization, country, gender,
value chain and role. Derived from the check-ins like everything else; nothing is stored."""

from __future__ import annotations

from dataclasses import dataclass

from .store import EventStore

DIMENSIONS = ("org_kind", "country", "gender", "value_chain", "role")
UNKNOWN = ""  # a participant who left the field empty: shown as "not given"


@dataclass(frozen=True)
class ReportRow:
    value: str  # the category (UNKNOWN: not given)
    registered: int
    present: tuple[int, ...]  # per day of the event, in day order
    all_days: int  # present on every day


def attendance_by(store: EventStore, dimension: str) -> list[ReportRow]:
    """One row per category, largest first, then a total row with value 'total'."""
    if dimension not in DIMENSIONS:
        raise ValueError(f"unknown dimension {dimension!r}")
    days = [d.number for d in store.event.days]
    attended = store.days_attended()
    groups: dict[str, list[int]] = {}
    for person in store.participants():
        key = str(getattr(person, dimension) or UNKNOWN).strip()
        counts = groups.setdefault(key, [0] * (len(days) + 2))
        went = attended.get(person.id, [])
        counts[0] += 1
        for i, day in enumerate(days):
            counts[i + 1] += day in went
        counts[-1] += all(day in went for day in days)
    rows = [ReportRow(value, c[0], tuple(c[1:-1]), c[-1]) for value, c in groups.items()]
    rows.sort(key=lambda r: (r.value == UNKNOWN, -r.registered, r.value.casefold()))
    total = [sum(col) for col in zip(*([r.registered, *r.present, r.all_days] for r in rows))] or [0] * (len(days) + 2)
    rows.append(ReportRow("total", total[0], tuple(total[1:-1]), total[-1]))
    return rows


def report(store: EventStore) -> dict:
    """Every dimension at once, as plain data (the `report` command's JSON)."""
    return {
        "days": [{"day": d.number, "date": d.date, "present": store.present_count(d.number)} for d in store.event.days],
        "registered": store.count_participants(),
        "by": {dim: [{"value": r.value, "registered": r.registered, "present": list(r.present),
                      "all_days": r.all_days} for r in attendance_by(store, dim)] for dim in DIMENSIONS},
    }
