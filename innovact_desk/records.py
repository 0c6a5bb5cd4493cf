"""Rows as they cross into the rest of the program: small dataclasses, never sqlite3.Row."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

ROLES = ("participant", "speaker", "organizer", "staff", "other")
LANGUAGES = ("es", "en")

# Fields a roster file can fill, in the order the window shows them.
PARTICIPANT_FIELDS = (
    "name", "given_names", "surnames", "doc_type", "document", "organization", "org_kind",
    "country", "position", "role", "lang", "email", "phone", "gender", "value_chain",
)
# Fields `edit` and the window may correct.
EDITABLE_FIELDS = PARTICIPANT_FIELDS


@dataclass(frozen=True)
class Day:
    number: int
    date: str  # ISO date
    title: str = ""
    place: str = ""


@dataclass(frozen=True)
class AttendanceRule:
    """Who earns a certificate: at least `min_days` days (0 = every day); `roles_once` need one day."""

    min_days: int = 0
    roles_once: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"min_days": self.min_days, "roles_once": list(self.roles_once)}

    @classmethod
    def from_dict(cls, data: dict) -> AttendanceRule:
        return cls(int(data.get("min_days", 0)), tuple(data.get("roles_once", ())))


@dataclass(frozen=True)
class Event:
    id: str
    title_es: str
    title_en: str
    project: str
    venue: str
    tz: str
    verify_url: str
    hours: float
    issuer: str
    rule: AttendanceRule
    days: tuple[Day, ...] = ()

    def title(self, lang: str = "es") -> str:
        return (self.title_en if lang == "en" else self.title_es) or self.title_es or self.title_en

    def day(self, number: int) -> Day | None:
        return next((d for d in self.days if d.number == number), None)


@dataclass(frozen=True)
class Desk:
    id: str
    name: str
    is_self: bool = False


@dataclass(frozen=True)
class Participant:
    id: str
    code: str
    name: str
    given_names: str = ""
    surnames: str = ""
    doc_type: str = ""
    document: str = ""
    organization: str = ""
    org_kind: str = ""
    country: str = ""
    position: str = ""
    role: str = "participant"
    lang: str = "es"
    email: str = ""
    phone: str = ""
    gender: str = ""
    value_chain: str = ""
    created_at: str = ""

    def summary(self) -> dict:
        return {"id": self.id, "code": self.code, "name": self.name, "organization": self.organization}


@dataclass(frozen=True)
class CheckIn:
    id: str
    participant_id: str
    day: int
    at: datetime  # aware, in the event's time zone
    desk_id: str
    desk_name: str
    operator: str = ""
    kind: str = "checkin"  # or "undo"
    annuls: str = ""  # for an undo: the id of the check-in it annuls
    reason: str = ""
    source: str = "desk"  # desk, scan, sheet, walk_in


@dataclass(frozen=True)
class CheckInResult:
    status: str  # checked_in, already_checked_in
    participant: Participant
    checkin: CheckIn  # the new one, or the earliest standing one


@dataclass
class AuditEntry:
    at: str
    desk_name: str
    action: str
    entity: str
    entity_id: str
    field: str
    before: str
    after: str


@dataclass
class SearchResult:
    participants: list[Participant] = field(default_factory=list)
    total: int = 0
