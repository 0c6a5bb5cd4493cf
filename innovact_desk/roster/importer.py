"""Roster import: who is the same person, which spelling wins, what is skipped, all in one transaction.

The rules are those of the Import section of shared/specs/cli.md:
- one person, one participant: when both rows have a document number the document decides;
  otherwise, when both have an email, the email decides; otherwise the folded name;
- within one file the first spelling wins, later ones are reported as duplicates;
- a re-import changes nothing; a later file updates a field only when it differs beyond case,
  accents and spacing, and never a field corrected by hand.
"""

from __future__ import annotations

import json
import re
from collections.abc import Generator
from dataclasses import dataclass, field

import ftfy
from email_validator import EmailNotValidError, validate_email

from innovact_desk import messages
from innovact_desk.certificates.printable import _listed, unprintable_characters
from innovact_desk.errors import UserError
from innovact_desk.records import PARTICIPANT_FIELDS, ROLES
from innovact_desk.roster.files import RosterTable, guess_mapping, has_name_column, read_table
from innovact_desk.store.columns import FOLDED_KEYS as _KEYS
from innovact_desk.store.event import EventStore
from innovact_desk.text import clean, fold, fold_document, readable

MAX_NAME_BYTES = 160
SECOND_SURNAME = "second_surname"  # a column of its own in many forms; joined to the surnames
IMPORT_FIELDS = (*PARTICIPANT_FIELDS[:3], SECOND_SURNAME, *PARTICIPANT_FIELDS[3:])
PROGRESS_EVERY = 500

FIELD_LABELS = {
    "name": "Full name",
    "given_names": "Given names",
    "surnames": "Surnames",
    "second_surname": "Second surname",
    "doc_type": "Document type",
    "document": "Document number",
    "organization": "Organization",
    "org_kind": "Kind of organization",
    "country": "Country",
    "position": "Position",
    "role": "Role",
    "lang": "Certificate language",
    "email": "Email",
    "phone": "Phone",
    "gender": "Gender",
    "value_chain": "Value chain",
}

_ROLE_WORDS = {
    "participant": ("participante", "participant", "asistente", "attendee", "alumno", "estudiante"),
    "speaker": ("ponente", "speaker", "expositor", "expositora", "conferencista", "panelista", "experto", "experta"),
    "organizer": ("organizador", "organizadora", "organizer", "organiser", "organizacion"),
    "staff": ("staff", "apoyo", "personal", "logistica", "voluntario", "voluntaria"),
    "other": ("otro", "otra", "other", "invitado", "invitada", "observador", "observadora"),
}
# Country codes and English names that rosters use, written the way the course writes them.
_COUNTRIES = {
    "Perú": ("pe", "per", "peru"),
    "Colombia": ("co", "col", "colombia"),
    "Brasil": ("br", "bra", "brazil", "brasil"),
    "Ecuador": ("ec", "ecu", "ecuador"),
    "Bolivia": ("bo", "bol", "bolivia"),
    "Venezuela": ("ve", "ven", "venezuela"),
    "Chile": ("cl", "chl", "chile"),
    "Argentina": ("ar", "arg", "argentina"),
    "México": ("mx", "mex", "mexico"),
    "España": ("es", "esp", "spain", "espana"),
    "Países Bajos": ("nl", "nld", "netherlands", "the netherlands", "holland", "holanda", "paises bajos"),
    "Francia": ("fr", "fra", "france", "francia"),
    "Alemania": ("de", "deu", "germany", "alemania"),
    "Dinamarca": ("dk", "dnk", "denmark", "dinamarca"),
    "Bélgica": ("be", "bel", "belgium", "belgica"),
    "Italia": ("it", "ita", "italy", "italia"),
    "Portugal": ("pt", "prt", "portugal"),
    "Reino Unido": ("gb", "uk", "gbr", "united kingdom", "reino unido"),
    "Estados Unidos": ("us", "usa", "united states", "estados unidos", "eeuu", "ee uu"),
}
_COUNTRY_BY_WORD = {word: name for name, words in _COUNTRIES.items() for word in words}
_LANG_WORDS = {"es": ("es", "espanol", "spanish", "castellano"), "en": ("en", "ingles", "english")}


@dataclass
class ImportPlan:
    path: str
    headers: list[str]
    header_row: int
    mapping: dict[str, int]
    sample: list[list[str]]
    table: RosterTable = field(repr=False)

    @property
    def needs_mapping(self) -> bool:
        return not has_name_column(self.mapping)


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "duplicates": self.duplicates, "skipped": self.skipped,
        }


# ---- reading and mapping ----------------------------------------------------------------------


def _mapping_key(headers: list[str]) -> str:
    return "import_mapping:" + json.dumps([fold(h) for h in headers], ensure_ascii=True)


def remember_mapping(store: EventStore, headers: list[str], mapping: dict[str, int]) -> None:
    store.set_setting(_mapping_key(headers), json.dumps(mapping))


def plan_import(store: EventStore | None, path: str) -> ImportPlan:
    """Reads the file and guesses which column holds what (a mapping remembered for these headers wins)."""
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    if store is not None:
        remembered = store.setting(_mapping_key(table.headers))
        if remembered:
            mapping = {k: int(v) for k, v in json.loads(remembered).items()}
    sample = [cells for _, cells in table.rows[:5]]
    return ImportPlan(str(path), table.headers, table.header_row, mapping, sample, table)


def parse_role(text: str) -> str | None:
    folded = fold(text)
    if not folded:
        return None
    for role, names in _ROLE_WORDS.items():
        if folded in names or folded.split(" ")[0] in names:
            return role
    return None


def parse_lang(text: str) -> str | None:
    folded = fold(text)
    return next((lang for lang, names in _LANG_WORDS.items() if folded in names), None)


def row_fields(cells: list[str], mapping: dict[str, int]) -> dict[str, str]:
    """The participant fields of one row (read_table cleaned the cells); the full name built from given
    names and surnames."""
    values = {key: readable(_repaired(cells[index])) for key, index in mapping.items() if 0 <= index < len(cells)}
    second = values.pop(SECOND_SURNAME, "")
    if second:
        values["surnames"] = clean(f"{values.get('surnames', '')} {second}")
    values = {k: v for k, v in values.items() if k in PARTICIPANT_FIELDS and v}
    if not values.get("name"):
        values["name"] = clean(f"{values.get('given_names', '')} {values.get('surnames', '')}")
    if "role" in values:
        role = parse_role(values["role"])
        if role:
            values["role"] = role
        else:
            del values["role"]
    if "country" in values:
        values["country"] = _COUNTRY_BY_WORD.get(fold(values["country"]).replace(".", ""), values["country"])
    if "lang" in values:
        lang = parse_lang(values["lang"])
        if lang:
            values["lang"] = lang
        else:
            del values["lang"]
    return {k: v for k, v in values.items() if v}


# Addresses of this plain shape are valid for email-validator too; only the others need asking it
# (it costs ~80 µs an address: 8 s for a roster of 100k).
_PLAIN_EMAIL = re.compile(
    r"^[A-Za-z0-9_+]+(?:[.-][A-Za-z0-9_+]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?!-))*[A-Za-z0-9]\.|[A-Za-z0-9]\.)+"
    r"([A-Za-z]{2,24})$"
)
_SPECIAL_USE = {"arpa", "invalid", "local", "localhost", "onion", "test"}


def is_valid_email(email: str) -> bool:
    plain = _PLAIN_EMAIL.match(email)
    if plain and len(email) <= 254 and email.index("@") <= 64 and plain.group(1).lower() not in _SPECIAL_USE:
        return True
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def _repaired(text: str) -> str:
    """A cell whose text reads like UTF-8 taken for Windows-1252 ("JosÃ© PÃ©rez"), put right (ftfy)."""
    if text.isascii() or not ftfy.is_bad(text):
        return text
    return ftfy.fix_encoding(text)


def row_problem_key(fields: dict[str, str]) -> tuple[str, dict] | None:
    """Why a row cannot be a participant, as a message key and its values (roster/messages.py); None: it can."""
    name = fields.get("name", "")
    if not name:
        return "roster.skip_no_name", {}
    garbled = next((v for v in fields.values() if isinstance(v, str) and not v.isascii() and ftfy.is_bad(v)), None)
    if garbled is not None:
        return "roster.skip_garbled", {"text": garbled}
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        return "roster.skip_name_too_long", {"limit": MAX_NAME_BYTES}
    email = fields.get("email")
    if email and not is_valid_email(email):
        return "roster.skip_bad_email", {"email": email}
    bad = unprintable_characters(name)  # a character no certificate font prints (certificates.printable)
    if bad:
        return "roster.skip_unprintable", {"chars": _listed(bad)}
    return None


def row_problem(fields: dict[str, str]) -> str | None:
    """row_problem_key in English (the command line's and --json's "reason")."""
    problem = row_problem_key(fields)
    return None if problem is None else messages.word(*problem)


# ---- who is the same person -------------------------------------------------------------------


def _keys(fields: dict) -> tuple[str, str, str]:
    keys = fields.get(_KEYS)
    if keys is None:
        keys = (fold_document(fields.get("document", "")), fields.get("email", "").strip().casefold(),
                fold(fields.get("name", "")))
        if isinstance(fields, dict):
            fields[_KEYS] = keys  # asked four times a row: worked out once
    return keys


def same_person(a: dict, b: dict) -> bool:
    doc_a, email_a, name_a = _keys(a)
    doc_b, email_b, name_b = _keys(b)
    if doc_a and doc_b:
        return doc_a == doc_b
    if email_a and email_b:
        return email_a == email_b
    return name_a == name_b


class _Index:
    """Finds an earlier person by document, email or folded name, as `same_person` decides.

    Buckets are kept apart by which of document and email a record has, so a crowd of people with
    one common name and different documents costs nothing: with documents on both sides, the
    document alone decides and the name bucket is never read.
    """

    def __init__(self) -> None:
        self._by: dict[tuple, list[tuple[int, object]]] = {}
        self._count = 0

    def add(self, fields: dict, value: object) -> None:
        doc, email, name = _keys(fields)
        self._count += 1
        entry = (self._count, value)
        if doc:
            self._by.setdefault(("doc", doc), []).append(entry)
        if email:
            self._by.setdefault(("email", email, bool(doc)), []).append(entry)
        self._by.setdefault(("name", name, bool(doc), bool(email)), []).append(entry)

    def find(self, fields: dict) -> object | None:
        doc, email, name = _keys(fields)
        buckets = []
        if doc:
            buckets.append(("doc", doc))
        if email:
            buckets += [("email", email, False)] + ([] if doc else [("email", email, True)])
        for has_doc in (False,) if doc else (False, True):
            for has_email in (False,) if email else (False, True):
                buckets.append(("name", name, has_doc, has_email))
        found = [entries[0] for key in buckets if (entries := self._by.get(key))]
        return min(found, key=lambda e: e[0])[1] if found else None


def _differs(old: str, new: str) -> bool:
    return fold(old).replace(" ", "") != fold(new).replace(" ", "")


# ---- the import itself ------------------------------------------------------------------------


def import_steps(store: EventStore, plan: ImportPlan) -> Generator[tuple[int, int], None, ImportReport]:
    """Imports the planned file in one transaction, yielding (rows done, rows in all)."""
    if plan.needs_mapping:
        raise UserError("roster.no_name_column", path=plan.path)
    report = ImportReport()
    existing = _Index()
    for participant in store.participants():
        existing.add(dict(participant.__dict__), participant)
    corrected = store.corrected_fields()
    in_file = _Index()
    new: list[dict] = []  # added in batches: a later row like one of them is a duplicate within the file
    total = len(plan.table.rows)
    with store.transaction():
        for done, (row, cells) in enumerate(plan.table.rows, start=1):
            _import_row(store, row, row_fields(cells, plan.mapping), existing, in_file, corrected, report, new)
            if done % PROGRESS_EVERY == 0:
                store.add_participants(new, action="import")
                new.clear()
                yield done, total
        store.add_participants(new, action="import")
    yield total, total
    return report


def _import_row(store: EventStore, row: int, fields: dict, existing: _Index, in_file: _Index,
                corrected: dict[str, set[str]], report: ImportReport, new: list[dict]) -> None:
    problem = row_problem_key(fields)
    if problem:
        key, values = problem
        report.skipped.append({"row": row, "reason": messages.word(key, values), "key": key, "values": values})
        return
    earlier_row = in_file.find(fields)
    if earlier_row is not None:
        report.duplicates.append({"row": row, "same_as_row": earlier_row})
        return
    in_file.add(fields, row)
    participant = existing.find(fields)
    if participant is None:
        new.append(fields)
        report.added += 1
        return
    locked = corrected.get(participant.id, set())
    changes = {
        key: value for key, value in fields.items()
        if key in PARTICIPANT_FIELDS and key not in locked and _differs(str(getattr(participant, key)), value)
    }
    if changes:
        store.update_participant(participant.id, changes, action="import")
        report.updated += 1
    else:
        report.unchanged += 1


def import_roster(store: EventStore, path: str, mapping: dict[str, int] | None = None) -> ImportReport:
    """Reads and imports a roster file; a file that cannot be read changes nothing (UserError)."""
    plan = plan_import(store, path)
    if mapping is not None:
        plan.mapping = mapping
    steps = import_steps(store, plan)
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


assert set(FIELD_LABELS) == set(IMPORT_FIELDS) and set(_ROLE_WORDS) == set(ROLES)
