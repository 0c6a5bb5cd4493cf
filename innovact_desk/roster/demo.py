"""The demo event: the Iquitos workshop with its made-up roster, for the first start and for trying things."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path

from innovact_desk.assets import asset_path, user_data_dir
from innovact_desk.certificates.assets import install_demo_certificate_assets
from innovact_desk.records import AttendanceRule, Day
from innovact_desk.roster.importer import import_roster
from innovact_desk.store.event import EventStore
from innovact_desk.timezones import zone

DEMO_TZ = "America/Lima"
DEMO_TITLE_ES = (
    "II Curso Binacional Frontera Perú–Colombia: Innovación y Clústeres Transfronterizos"
)
DEMO_TITLE_EN = "II Binational Course Peru–Colombia Border: Innovation and Cross-Border Clusters"


def demo_roster_path() -> Path:
    return asset_path("demo", "demo-roster.csv")


def create_demo_event(path: str | os.PathLike, *, first_day: date | None = None, tz: str = DEMO_TZ,
                      desk_name: str = "Mesa 1") -> EventStore:
    """The two-day Iquitos workshop (starting today unless told) with about 60 participants."""
    first = first_day or datetime.now(zone(tz)).date()
    days = [
        Day(1, first.isoformat(), "Jornada en la sede del IIAP", "Sede central del IIAP, Iquitos"),
        Day(2, (first + timedelta(days=1)).isoformat(), "Visita de campo en la provincia de Maynas",
            "CITE Productivo Maynas; estación experimental El Dorado (INIA); piscigranja"),
    ]
    store = EventStore.create(
        path,
        title_es=DEMO_TITLE_ES,
        title_en=DEMO_TITLE_EN,
        project="Plataforma INNOVACT UE–CELAC",
        venue="Iquitos, Loreto, Perú",
        days=days,
        tz=tz,
        hours=16,
        issuer="INNOVACT EU–CELAC (demo)",
        rule=AttendanceRule(min_days=0, roles_once=("speaker", "organizer")),
        desk_name=desk_name,
    )
    install_demo_certificate_assets(store)
    import_roster(store, str(demo_roster_path()))
    return store


def demo_event_path() -> Path:
    return user_data_dir() / "demo.event"


def ensure_demo_event() -> Path:
    path = demo_event_path()
    if not path.exists():
        create_demo_event(path, desk_name="Mesa 1").close()
    return path
