"""The event file's schema, changed only through sqlite_utils.Migrations.

`PRAGMA user_version` mirrors how many migrations the file has, so opening an up-to-date file
costs one pragma read; migrations run only when the file is behind.
`PRAGMA application_id` marks a SQLite file as an innovact-desk event file.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

APPLICATION_ID = 0x49444B31  # "IDK1"

migrations = Migrations("innovact_desk")
MIGRATION_NAMES: list[str] = []  # in the order they apply; user_version is how many a file has


def _migration(func):
    """Registers a migration with sqlite-utils, and its name here so the count needs no private API."""
    MIGRATION_NAMES.append(func.__name__)
    return migrations()(func)


@_migration
def m001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE event (
            id TEXT PRIMARY KEY, title_es TEXT NOT NULL, title_en TEXT NOT NULL DEFAULT '',
            project TEXT NOT NULL DEFAULT '', venue TEXT NOT NULL DEFAULT '', tz TEXT NOT NULL,
            verify_url TEXT NOT NULL DEFAULT '', hours REAL NOT NULL DEFAULT 0,
            issuer TEXT NOT NULL DEFAULT '', rule TEXT NOT NULL DEFAULT '{}', created_at TEXT NOT NULL,
            sync_key TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE days (
            number INTEGER PRIMARY KEY, date TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE desks (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, is_self INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE participants (
            num INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            given_names TEXT NOT NULL DEFAULT '', surnames TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL,
            doc_type TEXT NOT NULL DEFAULT '', document TEXT NOT NULL DEFAULT '',
            doc_key TEXT NOT NULL DEFAULT '',
            organization TEXT NOT NULL DEFAULT '', org_kind TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '', position TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT 'participant' CHECK (role IN
                ('participant', 'speaker', 'organizer', 'staff', 'other')),
            lang TEXT NOT NULL DEFAULT 'es' CHECK (lang IN ('es', 'en')),
            email TEXT NOT NULL DEFAULT '', email_key TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '', gender TEXT NOT NULL DEFAULT '',
            value_chain TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, created_desk TEXT NOT NULL DEFAULT '',
            merged_into TEXT
        );
        CREATE INDEX participants_sort ON participants (sort_key, name, id);
        CREATE INDEX participants_doc ON participants (doc_key) WHERE doc_key != '';
        CREATE INDEX participants_email ON participants (email_key) WHERE email_key != '';
        CREATE INDEX participants_merged ON participants (merged_into) WHERE merged_into IS NOT NULL;
        CREATE VIRTUAL TABLE participant_fts USING fts5 (
            name, other, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
        );
        CREATE TABLE checkins (
            id TEXT PRIMARY KEY,
            participant_id TEXT NOT NULL REFERENCES participants (id),
            day INTEGER NOT NULL,
            at TEXT NOT NULL,
            desk_id TEXT NOT NULL, desk_name TEXT NOT NULL DEFAULT '',
            operator TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('checkin', 'undo')),
            annuls TEXT,
            reason TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'desk',
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX checkins_person_day ON checkins (participant_id, day);
        CREATE INDEX checkins_day ON checkins (day, kind);
        CREATE INDEX checkins_annuls ON checkins (annuls) WHERE annuls IS NOT NULL;
        CREATE TRIGGER checkins_append_only_update BEFORE UPDATE ON checkins
            BEGIN SELECT RAISE(ABORT, 'check-ins are never changed: record an undo'); END;
        CREATE TRIGGER checkins_append_only_delete BEFORE DELETE ON checkins
            BEGIN SELECT RAISE(ABORT, 'check-ins are never deleted: record an undo'); END;
        CREATE TABLE audit (
            num INTEGER PRIMARY KEY,
            at TEXT NOT NULL, desk_id TEXT NOT NULL DEFAULT '', desk_name TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL DEFAULT '',
            field TEXT NOT NULL DEFAULT '', before TEXT, after TEXT
        );
        CREATE INDEX audit_entity ON audit (entity, entity_id);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        -- Every change this desk makes, as the entry its sync journal carries; and those received.
        CREATE TABLE journal (
            num INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE, desk_id TEXT NOT NULL, hlc TEXT NOT NULL,
            kind TEXT NOT NULL, data TEXT NOT NULL, received_at TEXT
        );
        CREATE INDEX journal_desk ON journal (desk_id, hlc);
        -- The clock of the last write of each participant field: the later write wins everywhere.
        CREATE TABLE field_clocks (
            participant_id TEXT NOT NULL, field TEXT NOT NULL, hlc TEXT NOT NULL, desk_id TEXT NOT NULL,
            value TEXT NOT NULL, PRIMARY KEY (participant_id, field)
        );
        -- Where desks disagreed, found while merging their journals, for the Conflicts panel.
        CREATE TABLE conflicts (
            num INTEGER PRIMARY KEY, kind TEXT NOT NULL, participant_id TEXT NOT NULL,
            detail TEXT NOT NULL, found_at TEXT NOT NULL, key TEXT NOT NULL UNIQUE
        );
        -- Check-ins seen through merges: a merged walk-in's check-ins count for the one who remains.
        CREATE VIEW checkins_resolved AS
            SELECT c.*, COALESCE(p.merged_into, c.participant_id) AS person
            FROM checkins c JOIN participants p ON p.id = c.participant_id;
        """
    )


@_migration
def m002_certificates(db: Database) -> None:
    """The certificate register (a row per revision, never changed), revocations, the issuer's public keys
    (never a private key), the logos and signatories printed on certificates, and the bundle exports."""
    db.executescript(
        """
        CREATE TABLE issuer_keys (
            fingerprint TEXT PRIMARY KEY,            -- SHA-256 of the raw public key, 64 hex digits
            kid TEXT NOT NULL,                       -- its first 8 hex digits
            public BLOB NOT NULL,                    -- raw 32-byte Ed25519 public key
            valid_from TEXT, valid_to TEXT,          -- ISO dates, NULL: open-ended
            added_at TEXT NOT NULL, desk_id TEXT NOT NULL DEFAULT '', desk_name TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE certificates (
            id TEXT PRIMARY KEY,
            uid TEXT NOT NULL,                       -- 8 random bytes, 16 hex digits, kept on every revision
            rev INTEGER NOT NULL CHECK (rev BETWEEN 0 AND 254),
            participant_id TEXT NOT NULL,
            name TEXT NOT NULL,                      -- as printed and signed (NFC)
            role TEXT NOT NULL CHECK (role IN ('participant', 'speaker', 'organizer', 'staff', 'other')),
            lang TEXT NOT NULL DEFAULT 'es',
            issued TEXT NOT NULL,                    -- ISO date signed in the code
            days TEXT NOT NULL DEFAULT '',           -- day numbers signed, comma-separated
            kid TEXT NOT NULL,
            desk_id TEXT NOT NULL, desk_name TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL,
            UNIQUE (uid, rev)
        );
        CREATE INDEX certificates_participant ON certificates (participant_id);
        CREATE TRIGGER certificates_signed_fields_fixed
            BEFORE UPDATE OF id, uid, rev, name, role, lang, issued, days, kid ON certificates
            BEGIN SELECT RAISE(ABORT, 'issued certificates are never changed: reissue or revoke'); END;
        CREATE TRIGGER certificates_never_deleted BEFORE DELETE ON certificates
            BEGIN SELECT RAISE(ABORT, 'issued certificates are never deleted: revoke'); END;
        CREATE TABLE revocations (
            id TEXT PRIMARY KEY,
            uid TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL,
            desk_id TEXT NOT NULL, desk_name TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX revocations_uid ON revocations (uid);
        CREATE TRIGGER revocations_append_only_update BEFORE UPDATE ON revocations
            BEGIN SELECT RAISE(ABORT, 'revocations are never changed'); END;
        CREATE TRIGGER revocations_append_only_delete BEFORE DELETE ON revocations
            BEGIN SELECT RAISE(ABORT, 'revocations are never deleted'); END;
        CREATE TABLE cert_assets (
            kind TEXT NOT NULL CHECK (kind IN ('logo', 'signature')),
            position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', title_en TEXT NOT NULL DEFAULT '',
            mime TEXT NOT NULL DEFAULT '', data BLOB,  -- a signatory may have no signature picture
            PRIMARY KEY (kind, position)
        );
        CREATE TABLE bundle_exports (
            seq INTEGER PRIMARY KEY, at TEXT NOT NULL, kid TEXT NOT NULL, names INTEGER NOT NULL DEFAULT 0,
            desk_id TEXT NOT NULL DEFAULT '', desk_name TEXT NOT NULL DEFAULT ''
        );
        """
    )


@_migration
def m003_desk_history_index(db: Database) -> None:
    """The last check-ins at this desk, for the Check-in tab, without reading every check-in."""
    db.execute("CREATE INDEX checkins_desk ON checkins (desk_id, recorded_at)")


@_migration
def m004_conflict_data(db: Database) -> None:
    """A conflict's particulars as data (day, desks and times, values, codes), so the window can word
    it in its own language; `detail` keeps the English sentence the command line prints."""
    db.execute("ALTER TABLE conflicts ADD COLUMN data TEXT NOT NULL DEFAULT '{}'")


@_migration
def m010_desk_keys_and_journal_reads(db: Database) -> None:
    """Each desk's Ed25519 key (the public half of every desk known, the private half of this desk
    only); where each journal was read to; entries that wait for others; security warnings."""
    db.executescript(
        """
        ALTER TABLE desks ADD COLUMN public_key BLOB;
        ALTER TABLE desks ADD COLUMN private_key BLOB;
        -- How far a journal file has been read (just past its last seal), and which of this desk's
        -- entries its own journal already holds (own_upto: the journal num of the last one sealed).
        CREATE TABLE journal_reads (
            path TEXT PRIMARY KEY, desk_id TEXT NOT NULL, head TEXT NOT NULL, offset INTEGER NOT NULL,
            own_upto INTEGER NOT NULL DEFAULT 0
        );
        -- Sealed entries that wait for an entry not received yet (a check-in of a person not here yet).
        CREATE TABLE journal_waiting (
            id TEXT PRIMARY KEY, desk_id TEXT NOT NULL, desk_name TEXT NOT NULL DEFAULT '',
            hlc TEXT NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL
        );
        -- What a sync refused as an attack or a forgery, naming the desk whose journal held it.
        CREATE TABLE security_warnings (
            num INTEGER PRIMARY KEY, key TEXT NOT NULL, desk_id TEXT NOT NULL DEFAULT '',
            desk_name TEXT NOT NULL DEFAULT '', journal TEXT NOT NULL DEFAULT '', line INTEGER,
            entry TEXT NOT NULL DEFAULT '', data TEXT NOT NULL DEFAULT '{}', found_at TEXT NOT NULL,
            UNIQUE (key, desk_id, journal, line, entry)
        );
        """
    )


@_migration
def m030_outbox(db: Database) -> None:
    """The outbox: one row per certificate revision to send by email, kept through cuts (outbox/)."""
    db.executescript(
        """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL, rev INTEGER NOT NULL, participant_id TEXT NOT NULL, email TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed',
                                                                   'uncertain')),
            queued_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_try_at TEXT,
            sent_at TEXT, message_id TEXT NOT NULL, reply TEXT NOT NULL DEFAULT '',
            UNIQUE (uid, rev, email)
        );
        CREATE INDEX outbox_status ON outbox (status, id);
        """
    )


def current_version() -> int:
    return len(MIGRATION_NAMES)


def migrate(db: Database) -> None:
    """Bring the file up to date; cheap when it already is."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version == current_version():
        return
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {current_version()}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
