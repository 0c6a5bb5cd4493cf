"""Journal entries checked field by field before anything is applied, as strictly as an import checks a roster.

Every kind has a fixed list of fields, each with its type and bounds; an entry with a field missing,
of the wrong type, too long, or unknown to the kind is refused whole (`Refused(why)`), so nothing in a
journal ever names a column, a table or a path. What comes out is a new dict of the known fields only.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from innovact_desk.codes import is_valid_badge_code
from innovact_desk.records import LANGUAGES, PARTICIPANT_FIELDS, ROLES
from innovact_desk.sync.lines import is_uuid
from innovact_desk.text import nfc

MAX_NAME_BYTES = 160  # as the import: a name over 160 bytes of UTF-8 is refused
MAX_FIELD = 300  # characters of any other participant field
MAX_EMAIL = 254
MAX_DESK_NAME = 100
MAX_REASON = 500
MAX_DAYS = 8
KINDS = ("participant", "checkin", "undo", "edit", "certificate", "revocation", "issuer_key", "desk", "consent")
_HLC = re.compile(r"[0-9]{13}\.[0-9]{5}\.([0-9a-f-]{36})")
_HEX = re.compile(r"[0-9a-f]*")
ENVELOPE_FIELDS = {"v", "id", "desk_name", "hlc", "kind", "data"}


class Refused(Exception):
    """An entry that is not well formed: why, in a few words (kept as data in sync notes)."""


def check_envelope(obj: dict, desk_id: str) -> str | None:
    """Why a sealed line is not an entry (None: it is). The entry's desk is the journal's own."""
    unknown = set(obj) - ENVELOPE_FIELDS
    if unknown:
        return "unknown field " + _shown(min(unknown))
    if not is_uuid(obj.get("id")):
        return "id is not a UUID"
    hlc = obj.get("hlc")
    match = _HLC.fullmatch(hlc) if isinstance(hlc, str) else None
    if match is None or match.group(1) != desk_id:
        return "hlc is not a clock of this desk"
    if not isinstance(obj.get("kind"), str) or len(obj["kind"]) > 40:
        return "kind is not a word"
    if not isinstance(obj.get("data"), dict):
        return "data is not an object"
    name = obj.get("desk_name", "")
    if not isinstance(name, str) or len(name) > MAX_DESK_NAME:
        return "desk_name"
    return None


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _fields(data: dict, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
    unknown = set(data) - set(required) - set(optional)
    if unknown:
        raise Refused("unknown field " + _shown(min(unknown)))
    missing = [f for f in required if f not in data]
    if missing:
        raise Refused(f"missing field {missing[0]}")


def _text(data: dict, name: str, limit: int, *, empty: bool = True) -> str:
    value = data.get(name, "")
    if not isinstance(value, str):
        raise Refused(f"{name} is not text")
    if len(value) > limit:
        raise Refused(f"{name} longer than {limit} characters")
    if not empty and not value.strip():
        raise Refused(f"{name} is empty")
    if "\x00" in value:
        raise Refused(f"{name} holds a NUL character")
    return value


def _uuid(data: dict, name: str, *, none: bool = False) -> str | None:
    value = data.get(name)
    if none and value is None:
        return None
    if not is_uuid(value):
        raise Refused(f"{name} is not a UUID")
    return value


def _int(data: dict, name: str, low: int, high: int) -> int:
    value = data.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise Refused(f"{name} is not a whole number {low}..{high}")
    return value


def _moment(data: dict, name: str) -> str:
    value = _text(data, name, 40, empty=False)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise Refused(f"{name} is not a date and time") from None
    if moment.tzinfo is None:
        raise Refused(f"{name} has no UTC offset")
    return value


def _day(data: dict, name: str) -> str:
    value = _text(data, name, 10, empty=False)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise Refused(f"{name} is not a date") from None
    return value


def _hex(data: dict, name: str, length: int) -> str:
    value = data.get(name)
    if not isinstance(value, str) or len(value) != length or not _HEX.fullmatch(value):
        raise Refused(f"{name} is not {length} hex digits")
    return value


def participant_value(name: str, value: object) -> str:
    """One participant field from a journal, checked as an import checks it."""
    if not isinstance(value, str):
        raise Refused(f"{name} is not text")
    if "\x00" in value:
        raise Refused(f"{name} holds a NUL character")
    if name == "name":
        value = nfc(value)
        if not value.strip():
            raise Refused("the name is empty")
        if len(value.encode("utf-8")) > MAX_NAME_BYTES:
            raise Refused(f"the name is longer than {MAX_NAME_BYTES} bytes")
    elif name == "role":
        if value not in ROLES:
            raise Refused("role " + _shown(value) + " is not one of " + ", ".join(ROLES))
    elif name == "lang":
        if value not in LANGUAGES:
            raise Refused("lang " + _shown(value) + " is not es or en")
    elif name == "email":
        if len(value) > MAX_EMAIL:
            raise Refused(f"email longer than {MAX_EMAIL} characters")
    elif len(value) > MAX_FIELD:
        raise Refused(f"{name} longer than {MAX_FIELD} characters")
    return value


def _participant(data: dict) -> dict:
    _fields(data, ("id", "code", "name"), ("action", "created_at", "created_desk", *PARTICIPANT_FIELDS))
    out = {"id": _uuid(data, "id"), "action": _text(data, "action", 20)}
    code = data["code"]
    if not isinstance(code, str) or not is_valid_badge_code(code):
        raise Refused("code is not a badge code")
    out["code"] = code
    if "created_at" in data:
        out["created_at"] = _moment(data, "created_at")
    created = data.get("created_desk", "")
    if created != "" and not is_uuid(created):
        raise Refused("created_desk is not a UUID")
    out["created_desk"] = created
    for name in PARTICIPANT_FIELDS:
        if name in data:
            out[name] = participant_value(name, data[name])
    return out


_CHECKIN_REQUIRED = ("id", "participant_id", "day", "at", "desk_id", "kind")
_CHECKIN_OPTIONAL = ("desk_name", "operator", "annuls", "reason", "source", "recorded_at")


def _checkin(data: dict, kind: str, desk: str) -> dict:
    _fields(data, _CHECKIN_REQUIRED, _CHECKIN_OPTIONAL)
    if data["kind"] != kind:
        raise Refused("kind does not match the entry")
    out = {"id": _uuid(data, "id"), "participant_id": _uuid(data, "participant_id"),
           "day": _int(data, "day", 1, MAX_DAYS), "at": _moment(data, "at"), "desk_id": _uuid(data, "desk_id"),
           "desk_name": _text(data, "desk_name", MAX_DESK_NAME), "operator": _text(data, "operator", MAX_DESK_NAME),
           "kind": kind, "annuls": _uuid(data, "annuls", none=True), "reason": _text(data, "reason", MAX_REASON),
           "source": _text(data, "source", 20) or "desk"}
    if out["desk_id"] != desk:
        raise Refused("desk_id is not the desk whose journal holds it")
    out["recorded_at"] = _moment(data, "recorded_at") if data.get("recorded_at") is not None else out["at"]
    if (kind == "undo") != (out["annuls"] is not None):
        raise Refused("an undo names the check-in it annuls; a check-in annuls nothing")
    return out


def _edit(data: dict) -> dict:
    _fields(data, ("participant_id", "changes"), ("action",))
    changes = data["changes"]
    if not isinstance(changes, dict) or not changes:
        raise Refused("changes is not an object of fields")
    unknown = set(changes) - set(PARTICIPANT_FIELDS)
    if unknown:
        raise Refused("unknown field " + _shown(min(unknown)))
    action = _text(data, "action", 20) or "edit"
    return {"participant_id": _uuid(data, "participant_id"), "action": action,
            "changes": {name: participant_value(name, value) for name, value in changes.items()}}


_CERT_FIELDS = ("id", "uid", "rev", "participant_id", "name", "role", "lang", "issued", "days", "kid", "desk_id",
                "desk_name", "recorded_at")


def _certificate(data: dict) -> dict:
    _fields(data, (*_CERT_FIELDS, "payload"))
    days = _text(data, "days", 20)
    if days and not re.fullmatch(r"[1-8](,[1-8])*", days):
        raise Refused("days is not a list of day numbers")
    payload = data["payload"]
    if not isinstance(payload, str) or not 0 < len(payload) <= 2 * 400 or not _HEX.fullmatch(payload):
        raise Refused("payload is not hex")
    return {"id": _uuid(data, "id"), "uid": _hex(data, "uid", 16), "rev": _int(data, "rev", 0, 254),
            "participant_id": _uuid(data, "participant_id"), "name": participant_value("name", data["name"]),
            "role": participant_value("role", data["role"]), "lang": participant_value("lang", data["lang"]),
            "issued": _day(data, "issued"), "days": days, "kid": _hex(data, "kid", 8),
            "desk_id": _uuid(data, "desk_id"), "desk_name": _text(data, "desk_name", MAX_DESK_NAME),
            "recorded_at": _moment(data, "recorded_at"), "payload": payload}


def _revocation(data: dict) -> dict:
    _fields(data, ("id", "uid", "reason", "at", "desk_id", "desk_name", "key", "sig"))
    return {"id": _uuid(data, "id"), "uid": _hex(data, "uid", 16), "reason": _text(data, "reason", MAX_REASON),
            "at": _moment(data, "at"), "desk_id": _uuid(data, "desk_id"),
            "desk_name": _text(data, "desk_name", MAX_DESK_NAME), "key": _hex(data, "key", 64),
            "sig": _hex(data, "sig", 128)}


def _issuer_key(data: dict) -> dict:
    _fields(data, ("public", "key", "sig"), ("action", "valid_from", "valid_to"))
    action = data.get("action", "add")
    if action not in ("add", "retire"):
        raise Refused("action is not add or retire")
    out = {"public": _hex(data, "public", 64), "action": action, "key": _hex(data, "key", 64),
           "sig": _hex(data, "sig", 128)}
    for name in ("valid_from", "valid_to"):
        out[name] = _day(data, name) if data.get(name) is not None else None
    return out


def _desk(data: dict) -> dict:
    _fields(data, ("desk_id", "name", "public"))
    return {"desk_id": _uuid(data, "desk_id"), "name": _text(data, "name", MAX_DESK_NAME),
            "public": _hex(data, "public", 64)}


def _consent(data: dict) -> dict:
    _fields(data, ("names", "at", "key", "sig"))
    if not isinstance(data["names"], bool):
        raise Refused("names is not true or false")
    return {"names": data["names"], "at": _moment(data, "at"), "key": _hex(data, "key", 64),
            "sig": _hex(data, "sig", 128)}


def check_entry(entry: dict) -> dict:
    """The entry's data, checked and rebuilt from its kind's fixed fields; Refused when not well formed."""
    kind, data = entry["kind"], entry["data"]
    if kind == "participant":
        return _participant(data)
    if kind in ("checkin", "undo"):
        return _checkin(data, kind, entry["desk"])
    if kind == "edit":
        return _edit(data)
    if kind == "certificate":
        return _certificate(data)
    if kind == "revocation":
        return _revocation(data)
    if kind == "issuer_key":
        return _issuer_key(data)
    if kind == "desk":
        return _desk(data)
    if kind == "consent":
        return _consent(data)
    raise Refused("unknown kind " + _shown(kind))
