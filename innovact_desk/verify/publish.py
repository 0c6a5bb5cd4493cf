"""The verifier page's static site (shared/specs/verifier-page.md): `publish EVENT... --out FOLDER`.

The site is the built page (assets/web, made by web/build.sh) with the trust data filled in: the
signed trust bundle of every event published into the folder, exactly as the `bundle` command writes
it but never with names, inline in index.html and as bundles/<ref>.json. Publishing into a folder
that already holds the site adds or updates the events given and keeps the others. One site serves
one issuer: a bundle whose signer is not among the keys the site already holds is refused.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from innovact_desk.assets import asset_path
from innovact_desk.certificates import keys as keystore
from innovact_desk.certificates import qr as certqr
from innovact_desk.errors import UserError
from innovact_desk.store.event import EventStore
from innovact_desk.verify import verifier

TRUST_MARKER = "__INNOVACT_TRUST__"
SITE_FILES = ("sw.js", "manifest.webmanifest", "icon.svg", "icon-192.png", "scan.js")
_REF = re.compile(r"[0-9a-f]{8}")


@dataclass(frozen=True)
class PublishedEvent:
    ref: str
    title: str
    seq: int
    verify_url: str
    file: str


@dataclass(frozen=True)
class PublishResult:
    folder: str
    events: list[PublishedEvent]  # the events given, as written now
    kept: list[str] = field(default_factory=list)  # refs already in the folder, kept as they were
    fingerprints: list[str] = field(default_factory=list)  # every key the page trusts


def template_folder() -> Path:
    folder = asset_path("web")
    if not (folder / "index.html").is_file():
        raise UserError("verify.publish_no_page", path=str(folder))
    return folder


def _write(path: Path, data: bytes) -> None:
    """Atomically: a page half written would be served to phones."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _envelope_bundle(envelope: dict, label: str) -> keystore.Bundle:
    bundle = keystore.peek_bundle(json.dumps(envelope, ensure_ascii=False))
    if "names" in json.loads(envelope["bundle"]):
        raise UserError("verify.publish_names_in_site", path=label)
    return bundle


def _existing(folder: Path) -> dict[str, tuple[dict, keystore.Bundle]]:
    """The bundles the folder's site already holds, by event ref (each checked against its own key)."""
    found: dict[str, tuple[dict, keystore.Bundle]] = {}
    bundles = folder / "bundles"
    if not bundles.is_dir():
        return found
    for path in sorted(bundles.glob("*.json")):
        if not _REF.fullmatch(path.stem):
            continue
        try:
            envelope = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise UserError("verify.publish_bad_bundle", path=str(path)) from None
        bundle = _envelope_bundle(envelope, str(path))
        if path.stem not in bundle.events:
            raise UserError("verify.publish_bad_bundle", path=str(path))
        found[path.stem] = (envelope, bundle)
    return found


def trust_data(envelopes: list[dict]) -> str:
    """The JSON that goes inline in index.html ('<' escaped, so no text can close the script element)."""
    text = json.dumps({"bundles": envelopes}, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def publish(events: list[str | os.PathLike | EventStore], out: str | os.PathLike, *, key_folder=None, now=None) -> PublishResult:
    """Writes (or updates) the site in `out` for these event files; see the module's docstring."""
    if not events:
        raise UserError("verify.publish_no_event")
    template = template_folder()
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise UserError("verify.publish_not_folder", path=str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bundles").mkdir(exist_ok=True)
    site = _existing(folder)
    trusted = {fp for _, bundle in site.values() for fp in bundle.fingerprints}

    fresh: list[tuple[str, dict, keystore.Bundle, PublishedEvent]] = []
    for event_path in events:
        opened = isinstance(event_path, EventStore)  # the window passes the store it holds open
        with contextlib.nullcontext(event_path) if opened else EventStore.open(str(event_path)) as store:
            ref = certqr.event_ref(store.event.id).hex()
            tmp = folder / "bundles" / f".{ref}.json.new"
            try:
                export = verifier.export_bundle(store, tmp, names=False, folder=key_folder, now=now)
                envelope = json.loads(tmp.read_text(encoding="utf-8"))
            finally:
                tmp.unlink(missing_ok=True)
            title, url = store.event.title("es"), store.event.verify_url
        bundle = _envelope_bundle(envelope, str(event_path))
        if trusted and bundle.signer_fingerprint not in trusted:
            raise UserError("verify.publish_other_issuer", path=str(event_path), folder=str(folder),
                            fingerprint=bundle.signer_fingerprint)
        trusted |= set(bundle.fingerprints)
        label = str(store.path) if opened else str(event_path)
        fresh.append((ref, envelope, bundle, PublishedEvent(ref, title, export.seq, url, label)))

    # Everything is checked: write the bundles, then the page (which names them all).
    for ref, envelope, bundle, _ in fresh:
        _write(folder / "bundles" / f"{ref}.json", (json.dumps(envelope, ensure_ascii=False, indent=1) + "\n").encode())
        site[ref] = (envelope, bundle)
    envelopes, seen = [], set()
    for ref in sorted(site):
        envelope = site[ref][0]
        if envelope["sig"] not in seen:  # a bundle of several events goes in once
            seen.add(envelope["sig"])
            envelopes.append(envelope)
    page = (template / "index.html").read_text(encoding="utf-8")
    if page.count(TRUST_MARKER) != 1:
        raise UserError("verify.publish_no_page", path=str(template))
    _write(folder / "index.html", page.replace(TRUST_MARKER, trust_data(envelopes)).encode("utf-8"))
    for name in SITE_FILES:
        source = template / name
        if source.is_file():
            shutil.copyfile(source, folder / f".{name}.new")
            os.replace(folder / f".{name}.new", folder / name)
    given = {ref for ref, *_ in fresh}
    return PublishResult(str(folder), [e for *_, e in fresh], sorted(set(site) - given),
                         sorted({fp for _, b in site.values() for fp in b.fingerprints}))
