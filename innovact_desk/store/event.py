"""The EventStore: one SQLite file per event, opened through sqlite-utils; people, check-ins, the clock,
the journal and the audit log. (The other store modules hold the rest of the SQL: see store/__init__.py.)

Durability: WAL with synchronous=FULL, so a check-in that returned is on disk before the
desk shows it as confirmed; a crash or a power cut loses nothing that was confirmed.
"""

from __future__ import annotations

import json
import math
import os
import secrets
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Self

from sqlite_utils import Database

from innovact_desk.codes import new_badge_code
from innovact_desk.errors import NotFound, UserError
from innovact_desk.records import (
    PARTICIPANT_FIELDS,
    AttendanceRule,
    AuditEntry,
    CheckIn,
    CheckInResult,
    Day,
    Desk,
    Event,
    Participant,
    SearchResult,
)
from innovact_desk.store import schema
from innovact_desk.store.columns import FOLDED_KEYS, PARTICIPANT_REF, participant_keys
from innovact_desk.store.columns import PERSON as _PERSON
from innovact_desk.store.faults import sqlite_fault
from innovact_desk.store.merging import merge_group
from innovact_desk.text import NAME_PARTICLES, fold, fold_document, readable, words
from innovact_desk.timezones import now_utc, zone

MAX_DAYS = 8
MAX_HOURS = 999  # the certificate's hours: a number people write, never NaN or infinite


def checked_hours(hours: object) -> float:
    """The event's hours as a finite number from 0 to MAX_HOURS, else bad input."""
    try:
        value = float(hours or 0)
    except (TypeError, ValueError):
        value = math.nan
    if not math.isfinite(value) or not 0 <= value <= MAX_HOURS:
        raise UserError("store.bad_hours", hours=str(hours), most=MAX_HOURS)
    return value
_PARTICIPANT_COLUMNS = ("id", "code") + PARTICIPANT_FIELDS + ("created_at",)
_SELECT_PARTICIPANT = "SELECT " + ", ".join(f"p.{c}" for c in _PARTICIPANT_COLUMNS) + " FROM participants p"
_ORDER = "p.sort_key, p.name, p.id"
_CHECKIN_COLUMNS = "id, participant_id, day, at, desk_id, desk_name, operator, kind, annuls, reason, source"
# Check-ins are read through merges: `person` is the participant who remains after a walk-in merge.
_CHECKIN_SELECT = ("SELECT c.id, c.person, c.day, c.at, c.desk_id, c.desk_name, c.operator, c.kind, c.annuls, "
                   "c.reason, c.source FROM checkins_resolved c")
_CURRENT = "p.merged_into IS NULL"
# A check-in stands when no undo annuls it.
_STANDING = "c.kind = 'checkin' AND NOT EXISTS (SELECT 1 FROM checkins u WHERE u.annuls = c.id)"


BUSY_TIMEOUT = 10  # seconds a writer waits for another desk process's transaction to end


class _Database(Database):
    """sqlite-utils' Database whose every outermost transaction takes the write lock at once.

    A deferred BEGIN that reads and then writes gets SQLITE_BUSY at once, without waiting, when
    another connection committed meanwhile (a sync beside the desk, a second window): with
    BEGIN IMMEDIATE the writer waits its turn under the busy timeout instead. sqlite-utils' own
    inserts and updates go through `atomic()` too, so every write path here waits its turn.
    `before_write` and `after_begin` (set by EventStore) run before BEGIN and just after it.
    """

    before_write = None
    after_begin = None

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        if self.before_write is not None:
            self.before_write()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if self.after_begin is not None:
                self.after_begin()
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise


def _connect(path: Path) -> _Database:
    # isolation_level=None: the driver never opens a deferred transaction of its own.
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT, check_same_thread=False, isolation_level=None)
    db = _Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA cache_size = -131072")  # 128 MB: a 100k roster's indexes stay in memory
    return db


def _participant(row: tuple) -> Participant:
    return Participant(**dict(zip(_PARTICIPANT_COLUMNS, row)))


def _fts_other(p: dict) -> str:
    document = p.get("document", "")
    doc_key = p.get("doc_key") or fold_document(document)
    parts = [p.get("organization", ""), p.get("email", ""), document, doc_key, p.get("code", "")]
    return " ".join(" ".join(words(x)) for x in parts if x)


class EventStore:
    """An open event file."""

    def __init__(self, path: Path, db: Database) -> None:
        self.path = path
        self.db = db
        self._event: Event | None = None
        self._desk: Desk | None = None
        self._clock_cache: str | None = None  # the clock, while a transaction() holds the write lock
        self._tz = None
        # The wall clock the hybrid logical clock reads (an aware datetime): a test gives each desk its own.
        self.clock: Callable[[], datetime] = now_utc
        self._wal: int | None = None  # the inode of the -wal this connection writes
        self._writable: bool | None = None  # quick_check passed (True) or failed (False); None: not run yet

    def _wal_inode(self) -> int | None:
        try:
            return os.stat(str(self.path) + "-wal").st_ino
        except OSError:
            return None

    def _check_wal(self) -> None:
        """The -wal beside the file must be the one this connection writes: a change written to a -wal
        that someone deleted would be confirmed and then lost when the program closes."""
        if self._wal is not None and self._wal_inode() != self._wal:
            raise UserError("store.wal_gone", path=str(self.path))

    def _check_writable(self) -> None:
        """Before the first change: a file that fails PRAGMA quick_check takes no more changes."""
        if self._writable is None:
            try:
                rows = [r[0] for r in self.db.conn.execute("PRAGMA quick_check(5)").fetchall()]
            except sqlite3.DatabaseError as exc:
                rows = [str(exc)]
            self._writable = rows == ["ok"]
            lines = [line for row in rows for line in row.splitlines() if line and not line.startswith("***")]
            self._damage = "; ".join(lines)[:200]
        if not self._writable:
            raise UserError("store.damaged_for_writing", path=str(self.path), reason=self._damage)

    # ---- opening and creating -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike) -> EventStore:
        path = Path(path)
        if not path.is_file():
            raise UserError("store.no_event_file", path=str(path))
        try:
            with open(path, "rb") as handle:
                header = handle.read(16)
        except OSError as exc:
            raise UserError("store.unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
        if header != b"SQLite format 3\x00":
            raise UserError("store.not_event_file", path=str(path))
        db = _connect(path)
        try:
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if app_id != schema.APPLICATION_ID:
                raise UserError("store.other_program", path=str(path))
            if version > schema.current_version():
                raise UserError("store.newer_program", path=str(path))
            db.execute("PRAGMA journal_mode = WAL")
            schema.migrate(db)
        except sqlite3.Error as exc:
            db.close()
            raise sqlite_fault(exc, path) from exc
        except UserError:
            db.close()
            raise
        store = cls(path, db)
        db.before_write, db.after_begin = store._check_writable, store._check_wal
        store._wal = store._wal_inode()  # made by the first read, kept while this connection is open
        return store

    @classmethod
    def create(
        cls,
        path: str | os.PathLike,
        *,
        title_es: str,
        title_en: str = "",
        project: str = "",
        venue: str = "",
        dates: list[date] | None = None,
        tz: str,
        hours: float = 0,
        issuer: str = "",
        verify_url: str = "",
        rule: AttendanceRule | None = None,
        desk_name: str = "",
        days: list[Day] | None = None,
        event_id: str | None = None,
    ) -> EventStore:
        path = Path(path)
        if path.exists():
            raise UserError("store.exists", path=str(path))
        if not path.parent.is_dir():
            raise UserError("store.no_folder", path=str(path.parent))
        zone(tz)  # refuses an unknown zone before anything is written
        if verify_url.strip():
            from innovact_desk.certificates.qr import check_verify_url

            verify_url = check_verify_url(verify_url)
        if days is None:
            if dates is None:
                today = datetime.now(zone(tz)).date()
                dates = [today, today + timedelta(days=1)]
            days = [Day(i + 1, d.isoformat()) for i, d in enumerate(dates)]
        if not 1 <= len(days) <= MAX_DAYS:
            raise UserError("store.too_many_days", most=MAX_DAYS, days=len(days))
        if not title_es.strip() and not title_en.strip():
            raise UserError("store.no_title")
        hours = checked_hours(hours)
        tmp = path.with_name(path.name + ".creating")
        try:
            tmp.unlink(missing_ok=True)
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # the sync key: this user's alone
            db = _connect(tmp)
        except (OSError, sqlite3.Error) as exc:
            raise UserError("store.cannot_write", path=str(path), reason=getattr(exc, "strerror", None) or str(exc)) \
                from exc
        try:
            cls._fill_new(db, tmp, event_id=event_id, title_es=title_es, title_en=title_en, project=project,
                          venue=venue, tz=tz, verify_url=verify_url, hours=hours, issuer=issuer, rule=rule,
                          days=days, desk_name=desk_name)
            os.replace(tmp, path)
        except BaseException as exc:
            db.close()
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(tmp) + suffix).unlink(missing_ok=True)
            if isinstance(exc, sqlite3.Error):
                raise sqlite_fault(exc, path) from exc
            if isinstance(exc, OSError):
                raise UserError("store.cannot_write", path=str(path), reason=exc.strerror or str(exc)) from exc
            raise
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        return cls.open(path)

    @classmethod
    def _fill_new(cls, db: _Database, tmp: Path, *, event_id, title_es, title_en, project, venue, tz, verify_url,
                  hours, issuer, rule, days, desk_name) -> None:
        db.execute("PRAGMA journal_mode = WAL")
        schema.migrate(db)
        store = cls(tmp, db)
        with db.atomic():
            db["event"].insert(
                {
                    "id": event_id or str(uuid.uuid4()),
                    "title_es": title_es.strip(),
                    "title_en": title_en.strip(),
                    "project": project,
                    "venue": venue,
                    "tz": tz,
                    "verify_url": verify_url,
                    "hours": hours,
                    "issuer": issuer,
                    "rule": json.dumps((rule or AttendanceRule()).to_dict()),
                    "created_at": now_utc().isoformat(),
                    "sync_key": secrets.token_hex(32),
                }
            )
            db["days"].insert_all([d.__dict__ for d in days])
            db["desks"].insert({"id": str(uuid.uuid4()), "name": desk_name, "is_self": 1})
            store.record_audit("create", "event", store.event.id, after=title_es)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all.

        The outermost one takes the write lock at once (BEGIN IMMEDIATE): no other desk process can
        commit meanwhile, so the clock is read once and kept in memory until the commit.
        """
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield
            return
        self._check_writable()
        try:
            self.db.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise sqlite_fault(exc, self.path) from exc
        try:
            self._check_wal()
            start = self._clock_cache = self._last_clock()
            yield
            clock, self._clock_cache = self._clock_cache, None
            if clock and clock != start:
                self._set_clock(clock)  # the clock, written once with the rest (what a sync observed too)
            self.db.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._clock_cache = None
            if self.db.conn.in_transaction:
                self.db.conn.execute("ROLLBACK")
            raise sqlite_fault(exc, self.path) from exc
        except BaseException:
            self._clock_cache = None
            if self.db.conn.in_transaction:
                self.db.conn.execute("ROLLBACK")
            raise

    # ---- the event ----------------------------------------------------------------------------

    @property
    def event(self) -> Event:
        if self._event is None:
            row = self.db.execute(
                "SELECT id, title_es, title_en, project, venue, tz, verify_url, hours, issuer, rule FROM event"
            ).fetchone()
            if row is None:
                raise UserError("store.no_event", path=str(self.path))
            days = tuple(Day(*r) for r in self.db.execute("SELECT number, date, title, place FROM days ORDER BY number"))
            *head, rule = row
            self._event = Event(*head, rule=AttendanceRule.from_dict(json.loads(rule)), days=days)
        return self._event

    @property
    def tz(self):
        if self._tz is None:
            self._tz = zone(self.event.tz)
        return self._tz

    def update_event(self, **changes: object) -> None:
        allowed = {"title_es", "title_en", "project", "venue", "verify_url", "hours", "issuer", "rule"}
        unknown = set(changes) - allowed
        if unknown:
            raise UserError("store.unknown_fields", fields=", ".join(sorted(unknown)))
        if "hours" in changes:
            changes["hours"] = checked_hours(changes["hours"])
        if "rule" in changes and isinstance(changes["rule"], AttendanceRule):
            changes["rule"] = json.dumps(changes["rule"].to_dict())
        if changes.get("verify_url"):
            from innovact_desk.certificates.qr import check_verify_url

            changes["verify_url"] = check_verify_url(str(changes["verify_url"]))
        with self.transaction():
            row = self.db.execute(f"SELECT {', '.join(changes)} FROM event").fetchone()
            before = dict(zip(changes, row))
            self.db["event"].update(self.event.id, changes)
            for key, value in changes.items():
                if str(before[key]) != str(value):
                    self.record_audit("edit", "event", self.event.id, key, before[key], value)
        self._event = None

    def day_for_date(self, when: date) -> int | None:
        return next((d.number for d in self.event.days if d.date == when.isoformat()), None)

    def today_number(self) -> int:
        """Today's day of the event when the date matches, else the first day."""
        return self.day_for_date(datetime.now(self.tz).date()) or self.event.days[0].number

    def check_day(self, number: int) -> Day:
        day = self.event.day(number)
        if day is None:
            raise UserError("store.not_a_day", day=number, days=len(self.event.days))
        return day

    # ---- desks and settings ---------------------------------------------------------------

    @property
    def self_desk(self) -> Desk:
        if self._desk is None:
            row = self.db.execute("SELECT id, name FROM desks WHERE is_self = 1").fetchone()
            self._desk = Desk(row[0], row[1], True)
        return self._desk

    def rename_desk(self, name: str) -> None:
        with self.transaction():
            desk = self.self_desk
            self.db.execute("UPDATE desks SET name = ? WHERE id = ?", [name, desk.id])
            self._desk = None
            self.record_audit("edit", "desk", desk.id, "name", desk.name, name)

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])

    # ---- participants ---------------------------------------------------------------------

    def count_participants(self) -> int:
        return self.db.execute(f"SELECT count(*) FROM participants p WHERE {_CURRENT}").fetchone()[0]

    def participants(self) -> list[Participant]:
        """Everyone, in `list` order: by name, accent- and case-blind."""
        return [_participant(r) for r in self.db.execute(f"{_SELECT_PARTICIPANT} WHERE {_CURRENT} ORDER BY {_ORDER}")]

    def participant(self, participant_id: str) -> Participant:
        row = self.db.execute(
            f"{_SELECT_PARTICIPANT} WHERE p.id = (SELECT COALESCE(merged_into, id) FROM participants WHERE id = ?)",
            [participant_id],
        ).fetchone()
        if row is None:
            raise NotFound("store.no_participant", id=participant_id)
        return _participant(row)

    def participant_by_code(self, code: str) -> Participant | None:
        row = self.db.execute(
            f"{_SELECT_PARTICIPANT} WHERE p.id = (SELECT COALESCE(merged_into, id) FROM participants WHERE code = ?)",
            [code],
        ).fetchone()
        return _participant(row) if row else None

    def participants_by_document(self, document: str) -> list[Participant]:
        key = fold_document(document)
        if not key:
            return []
        rows = self.db.execute(f"{_SELECT_PARTICIPANT} WHERE p.doc_key = ? AND {_CURRENT} ORDER BY {_ORDER}", [key])
        return [_participant(r) for r in rows]

    def participants_by_email(self, email: str) -> list[Participant]:
        key = email.strip().casefold()
        if not key:
            return []
        rows = self.db.execute(f"{_SELECT_PARTICIPANT} WHERE p.email_key = ? AND {_CURRENT} ORDER BY {_ORDER}", [key])
        return [_participant(r) for r in rows]

    def participants_by_folded_name(self, name: str) -> list[Participant]:
        rows = self.db.execute(f"{_SELECT_PARTICIPANT} WHERE p.sort_key = ? AND {_CURRENT} ORDER BY {_ORDER}", [fold(name)])
        return [_participant(r) for r in rows]

    def likely_same(self, fields: dict, limit: int = 12) -> list[Participant]:
        """Who a walk-in may already be, best first: the same document or email, or a name equal when folded;
        then those whose name has two of the typed name's words (found with `search`, as the desk finds
        people: "Pedro Quispe" offers "Pedro Quispe Flores", "Pedro Quispe Ahuanari" offers it too), or,
        for a one-word name, that word. At most `limit` people."""
        found: dict[str, Participant] = {}
        for group in (self.participants_by_document(fields.get("document", "")),
                      self.participants_by_email(fields.get("email", "")),
                      self.participants_by_folded_name(fields.get("name", "")) if fields.get("name") else []):
            for person in group:
                found.setdefault(person.id, person)
        typed = list(dict.fromkeys(w for w in words(fields.get("name", "")) if w not in NAME_PARTICLES))[:8]
        queries = [(a, b) for i, a in enumerate(typed) for b in typed[i + 1:]] if len(typed) > 1 else [tuple(typed)]
        scored: dict[str, tuple[int, Participant]] = {}
        for query in queries:
            if not query or len(found) >= limit:
                break
            for person in self.search(" ".join(query), limit=limit).participants:
                name_words = words(person.name)
                shared = sum(any(w.startswith(t) for w in name_words) for t in typed)
                if person.id not in found and all(any(w.startswith(t) for w in name_words) for t in query):
                    scored[person.id] = (shared, person)
        ranked = sorted(scored.values(), key=lambda item: -item[0])  # stable: `search` order among equals
        for _shared, person in ranked:
            found.setdefault(person.id, person)
        return list(found.values())[:limit]

    def field_values(self, field: str, limit: int = 200) -> list[str]:
        """The values a field already has on the roster, most used first (what a walk-in form offers)."""
        if field not in ("country", "org_kind", "gender", "value_chain", "organization", "position"):
            raise ValueError(f"not an offered field: {field!r}")
        rows = self.db.execute(
            f"SELECT p.{field}, count(*) AS n FROM participants p WHERE {_CURRENT} AND p.{field} != '' "
            f"GROUP BY p.{field} ORDER BY n DESC, p.{field} LIMIT ?", [limit])
        return [r[0] for r in rows]

    def register_walk_in(self, fields: dict, day: int, *, operator: str = "") -> CheckInResult:
        """A person who never registered: added and checked in for the day, both or neither."""
        self.check_day(day)
        with self.transaction():
            person = self.add_participant(fields, action="walk_in")
            return self.check_in(person.id, day, operator=operator, source="walk_in")

    def add_participant(self, fields: dict, *, action: str = "add", merge: bool = True) -> Participant:
        """A new participant with a fresh UUID and badge code. Call inside a transaction for batches.

        One who shares a document or email with someone already here becomes one person with them
        (`merge`): an import, which matched people itself, passes False.
        """
        record = {k: readable(v) for k, v in fields.items() if k in PARTICIPANT_FIELDS and v not in (None, "")}
        record = {k: v for k, v in record.items() if v}
        if not record.get("name"):
            raise UserError("store.no_name")
        record.update(participant_keys(record))
        record["id"] = fields.get("id") or str(uuid.uuid4())
        record["code"] = fields.get("code") or self._free_badge_code()
        record["created_at"] = now_utc().isoformat()
        record["created_desk"] = self.self_desk.id
        with self._atomic():
            cursor = self.db.conn.execute(
                f"INSERT INTO participants ({', '.join(record)}) VALUES ({', '.join('?' * len(record))})",
                list(record.values()),
            )
            self.index_participant(cursor.lastrowid, record)
            self.record_audit(action, "participant", record["id"], after=json.dumps(
                {k: v for k, v in record.items() if k in PARTICIPANT_FIELDS}, ensure_ascii=False))
            self.append_journal("participant", {"action": action, **{
                k: record[k] for k in ("id", "code", "created_at", "created_desk", *PARTICIPANT_FIELDS) if k in record}})
            if merge and (record["doc_key"] or record["email_key"]):
                merge_group(self, record["id"])  # a walk-in already known by document or email is one person
        return Participant(**{k: record.get(k, "") for k in _PARTICIPANT_COLUMNS if k in record})

    def add_participants(self, rows: list[dict], *, action: str = "import") -> int:
        """Many new participants at once (an import that matched people itself): a few statements per
        batch instead of several per person. Same rows, index, audit and journal as add_participant.
        Returns how many were added."""
        if not rows:
            return 0
        desk = self.self_desk.id
        stamp = now_utc().isoformat()
        records, fts, audit, journal = [], [], [], []
        num = self.db.conn.execute("SELECT COALESCE(max(num), 0) FROM participants").fetchone()[0]
        taken: set[str] = set()
        for fields in rows:
            known = fields.get(FOLDED_KEYS)  # the importer folded document, email and name already
            if known:  # ... and made its text readable
                record = {k: fields.get(k) or "" for k in PARTICIPANT_FIELDS}
            else:
                record = {k: readable(fields.get(k)) for k in PARTICIPANT_FIELDS}
            if not record["name"]:
                raise UserError("store.no_name")
            record["role"] = record["role"] or "participant"
            record["lang"] = record["lang"] or "es"
            if known:
                record.update(doc_key=known[0], email_key=known[1], sort_key=known[2])
            else:
                record.update(participant_keys(record))
            num += 1
            code = self._free_badge_code(taken)
            taken.add(code)
            record.update(num=num, id=str(uuid.uuid4()), code=code, created_at=stamp, created_desk=desk)
            records.append(record)
            fts.append((num, " ".join(words(record["name"])), _fts_other(record)))
            # The person is kept once, in participants: the journal entry points at the row (the sync
            # writes it out whole, see sync_rows.own_entry_rows) and the audit line says who and when.
            data = json.dumps({"action": action, "id": record["id"], PARTICIPANT_REF: 1}, sort_keys=True)
            audit.append((stamp, desk, self.self_desk.name, action, "participant", record["id"], "", None, None))
            journal.append((str(uuid.uuid4()), desk, self.tick(), "participant", data))
        with self._atomic():
            columns = list(records[0])
            self.db.conn.executemany(
                f"INSERT INTO participants ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [[r[c] for c in columns] for r in records])
            self.db.conn.executemany("INSERT INTO participant_fts (rowid, name, other) VALUES (?, ?, ?)", fts)
            self.db.conn.executemany(
                "INSERT INTO audit (at, desk_id, desk_name, action, entity, entity_id, field, before, after) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", audit)
            self.db.conn.executemany("INSERT INTO journal (id, desk_id, hlc, kind, data) VALUES (?, ?, ?, ?, ?)",
                                     journal)
        return len(records)

    @contextmanager
    def _atomic(self) -> Iterator[None]:
        """A transaction of its own, or (cheaper, in batches) a part of the caller's, which rolls back whole."""
        if self.db.conn.in_transaction:
            yield
        else:
            with self.transaction():
                yield

    def update_participant(self, participant_id: str, changes: dict, *, action: str = "edit") -> list[str]:
        """Set fields; returns the names of the fields that really changed. Recorded in the audit log."""
        current = self.participant(participant_id)
        changes = {k: readable(v) for k, v in changes.items() if k in PARTICIPANT_FIELDS}
        changed = {k: v for k, v in changes.items() if getattr(current, k) != v}
        if not changed:
            return []
        if "name" in changed and not str(changed["name"]).strip():
            raise UserError("store.no_name")
        merged = {**current.__dict__, **changed}
        columns = {**changed, **participant_keys(merged)}
        with self.transaction():
            self.db.execute(
                f"UPDATE participants SET {', '.join(f'{k} = ?' for k in columns)} WHERE id = ?",
                [*columns.values(), current.id],
            )
            num = self.db.execute("SELECT num FROM participants WHERE id = ?", [current.id]).fetchone()[0]
            self.db.execute("DELETE FROM participant_fts WHERE rowid = ?", [num])
            self.index_participant(num, merged)
            hlc = self.append_journal("edit", {"participant_id": current.id, "action": action, "changes": changed})
            for key, value in changed.items():
                self.record_audit(action, "participant", current.id, key, getattr(current, key), value)
                self.db.execute(
                    "INSERT OR REPLACE INTO field_clocks (participant_id, field, hlc, desk_id, value) "
                    "VALUES (?, ?, ?, ?, ?)", [current.id, key, hlc, self.self_desk.id, str(value)])
        return list(changed)

    def corrected_fields(self) -> dict[str, set[str]]:
        """Fields corrected by hand (`edit` or the window), per participant: imports never overwrite them."""
        result: dict[str, set[str]] = {}
        rows = self.db.execute("SELECT entity_id, field FROM audit WHERE entity = 'participant' AND action = 'edit'")
        for participant_id, field in rows:
            result.setdefault(participant_id, set()).add(field)
        return result

    def _free_badge_code(self, taken: set[str] | None = None) -> str:
        while True:
            code = new_badge_code(taken)
            if not self.db.conn.execute("SELECT 1 FROM participants WHERE code = ?", [code]).fetchone():
                return code

    def index_participant(self, num: int, record: dict) -> None:
        """The search index row of participant row `num` (delete the old one first when it changes)."""
        self.db.conn.execute(
            "INSERT INTO participant_fts (rowid, name, other) VALUES (?, ?, ?)",
            [num, " ".join(words(record.get("name", ""))), _fts_other(record)],
        )

    # ---- search ---------------------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> SearchResult:
        """Every word must start a word of the name, organization or email, or a document or badge code.

        Those whose name matches every word come first, then the rest; each group in `list` order.
        """
        terms = words(text)
        limit_sql = -1 if limit <= 0 else limit
        if not terms:
            rows = self.db.execute(f"{_SELECT_PARTICIPANT} WHERE {_CURRENT} ORDER BY {_ORDER} LIMIT ?", [limit_sql])
            return SearchResult([_participant(r) for r in rows], self.count_participants())
        anywhere = " AND ".join(f'"{t}"*' for t in terms)
        by_name = "name : (" + anywhere + ")"
        total = self.db.execute(
            "SELECT count(*) FROM participant_fts WHERE participant_fts MATCH ?", [anywhere]
        ).fetchone()[0]
        # Name matches first; the others are fetched only when the name matches do not fill the page.
        first = self._fts_page(by_name, limit_sql)
        if 0 <= limit_sql <= len(first):
            return SearchResult(first, total)
        rest = self._fts_page(anywhere, -1 if limit_sql < 0 else limit_sql - len(first), exclude=by_name)
        return SearchResult(first + rest, total)

    def _fts_page(self, match: str, limit: int, exclude: str | None = None) -> list[Participant]:
        sql = (f"{_SELECT_PARTICIPANT} JOIN (SELECT rowid FROM participant_fts WHERE participant_fts MATCH :match) "
               "hits ON hits.rowid = p.num")
        if exclude:
            sql += " WHERE p.num NOT IN (SELECT rowid FROM participant_fts WHERE participant_fts MATCH :exclude)"
        rows = self.db.execute(f"{sql} ORDER BY {_ORDER} LIMIT :limit",
                               {"match": match, "exclude": exclude, "limit": limit})
        return [_participant(r) for r in rows]

    def find(self, text: str) -> Participant | None:
        """A badge code or a document number, as a desk scanner or a sign-in sheet gives it."""
        text = text.strip()
        found = self.participant_by_code(text) if text.isdigit() else None
        if found:
            return found
        matches = self.participants_by_document(text)
        return matches[0] if len(matches) == 1 else None

    # ---- check-ins ------------------------------------------------------------------------

    def _checkin(self, row: tuple) -> CheckIn:
        values = list(row)
        values[3] = datetime.fromisoformat(values[3]).astimezone(self.tz)
        values[8] = values[8] or ""
        return CheckIn(*values)

    def standing_checkin(self, participant_id: str, day: int) -> CheckIn | None:
        """The earliest check-in of that day that no undo annulled."""
        row = self.db.execute(
            f"{_CHECKIN_SELECT} WHERE {_PERSON} AND +c.day = ? AND {_STANDING} ORDER BY c.at, c.id LIMIT 1",
            [participant_id, day],
        ).fetchone()
        return self._checkin(row) if row else None

    def check_in(
        self,
        participant_id: str,
        day: int,
        *,
        at: datetime | None = None,
        desk_name: str | None = None,
        operator: str = "",
        source: str = "desk",
    ) -> CheckInResult:
        """Records a check-in, committed to disk before it returns; nothing new when one stands."""
        self.check_day(day)
        participant = self.participant(participant_id)
        with self.transaction():
            earlier = self.standing_checkin(participant.id, day)
            if earlier:
                return CheckInResult("already_checked_in", participant, earlier)
            desk = self.self_desk
            when = (at or now_utc()).astimezone(UTC)
            record = {
                "id": str(uuid.uuid4()),
                "participant_id": participant.id,
                "day": day,
                "at": when.isoformat(timespec="seconds" if at else "microseconds"),
                "desk_id": desk.id,
                "desk_name": desk_name if desk_name is not None else desk.name,
                "operator": operator,
                "kind": "checkin",
                "annuls": None,
                "reason": "",
                "source": source,
                "recorded_at": now_utc().isoformat(),
            }
            self.db["checkins"].insert(record)
            self.append_journal("checkin", record)
        return CheckInResult("checked_in", participant, self._checkin(tuple(record[k] for k in _CHECKIN_COLUMNS.split(", "))))

    def undo_checkin(self, participant_id: str, day: int, reason: str, *, operator: str = "") -> list[CheckIn]:
        """Annuls every standing check-in of that day with a new row each; returns the annulled ones."""
        self.check_day(day)
        participant_id = self.participant(participant_id).id
        if not reason.strip():
            raise UserError("store.undo_needs_reason")
        with self.transaction():
            rows = self.db.execute(
                f"{_CHECKIN_SELECT} WHERE {_PERSON} AND +c.day = ? AND {_STANDING}",
                [participant_id, day],
            ).fetchall()
            desk = self.self_desk
            stamp = now_utc().isoformat()
            for row in rows:
                undo = {
                    "id": str(uuid.uuid4()), "participant_id": participant_id, "day": day, "at": stamp,
                    "desk_id": desk.id, "desk_name": desk.name, "operator": operator, "kind": "undo",
                    "annuls": row[0], "reason": reason.strip(), "source": "desk", "recorded_at": stamp,
                }
                self.db["checkins"].insert(undo)
                self.append_journal("undo", undo)
        return [self._checkin(r) for r in rows]

    def attendance(self) -> dict[str, dict[int, CheckIn]]:
        """participant id -> day -> the earliest standing check-in."""
        result: dict[str, dict[int, CheckIn]] = {}
        rows = self.db.execute(f"{_CHECKIN_SELECT} WHERE {_STANDING} ORDER BY c.at DESC, c.id DESC")
        for row in rows:
            checkin = self._checkin(row)
            result.setdefault(checkin.participant_id, {})[checkin.day] = checkin
        return result

    def days_attended(self) -> dict[str, list[int]]:
        rows = self.db.execute(f"SELECT DISTINCT c.person, c.day FROM checkins_resolved c WHERE {_STANDING} ORDER BY c.day")
        result: dict[str, list[int]] = {}
        for participant_id, day in rows:
            result.setdefault(participant_id, []).append(day)
        return result

    def present_count(self, day: int) -> int:
        return self.db.execute(
            f"SELECT count(DISTINCT c.person) FROM checkins_resolved c WHERE c.day = ? AND {_STANDING}", [day]
        ).fetchone()[0]

    def history(self, participant_id: str | None = None, *, desk_id: str | None = None, limit: int = 0) -> list[CheckIn]:
        """Check-ins and undos, newest first."""
        where, params = [], []
        if participant_id:
            where.append(_PERSON)
            params.append(self.participant(participant_id).id)
        if desk_id:
            where.append("c.desk_id = ?")
            params.append(desk_id)
        sql = _CHECKIN_SELECT
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY c.recorded_at DESC, c.id DESC LIMIT ?"
        return [self._checkin(r) for r in self.db.execute(sql, [*params, limit or -1])]

    # ---- the journal: every change, as the entry the desk's sync journal carries -----------------

    def tick(self) -> str:
        """A hybrid logical clock reading: never behind any clock this desk has seen, and unique to it."""
        with self._atomic():  # never an implicit transaction left open
            last = self._last_clock()
            wall = int(self.clock().timestamp() * 1000)
            last_ms, last_count = (int(last[:13]), int(last[14:19])) if last else (0, 0)
            ms, count = (wall, 0) if wall > last_ms else (last_ms, last_count + 1)
            hlc = f"{ms:013d}.{count:05d}.{self.self_desk.id}"
            self._set_clock(hlc)
        return hlc

    def observe_clock(self, hlc: str) -> None:
        """Moves this desk's clock past a clock read on another desk."""
        with self._atomic():
            if hlc[:19] > self._last_clock()[:19]:
                self._set_clock(hlc[:19] + "." + self.self_desk.id)

    def _last_clock(self) -> str:
        # Read inside the caller's transaction: another connection (a sync) may have moved it.
        if self._clock_cache is not None:
            return self._clock_cache
        return self.setting("hlc", "")

    def _set_clock(self, hlc: str) -> None:
        if self._clock_cache is not None:
            self._clock_cache = hlc  # written once, when the transaction commits
            return
        self.db.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('hlc', ?)", [hlc])

    def append_journal(self, kind: str, data: dict) -> str:
        """One entry of this desk's sync journal, at a new clock reading (returned). Call inside the change's
        transaction."""
        hlc = self.tick()
        self.db.conn.execute(
            "INSERT INTO journal (id, desk_id, hlc, kind, data) VALUES (?, ?, ?, ?, ?)",
            [str(uuid.uuid4()), self.self_desk.id, hlc, kind, json.dumps(data, ensure_ascii=False, sort_keys=True)],
        )
        return hlc

    # ---- audit ----------------------------------------------------------------------------

    def record_audit(self, action: str, entity: str, entity_id: str = "", field: str = "",
                     before: object = None, after: object = None) -> None:
        """One line of the audit log, by this desk, now. Call inside the change's transaction."""
        desk = self.self_desk
        self.db.conn.execute(
            "INSERT INTO audit (at, desk_id, desk_name, action, entity, entity_id, field, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [now_utc().isoformat(), desk.id if desk else "", desk.name if desk else "", action, entity,
             entity_id, field, None if before is None else str(before), None if after is None else str(after)],
        )

    def audit_log(self, entity_id: str | None = None) -> list[AuditEntry]:
        sql = "SELECT at, desk_name, action, entity, entity_id, field, before, after FROM audit"
        params: list = []
        if entity_id:
            sql += " WHERE entity_id = ?"
            params.append(entity_id)
        return [AuditEntry(*r) for r in self.db.execute(sql + " ORDER BY num", params)]

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
