"""The logos and signatories printed on certificates, kept in the event file so a cloned desk prints the same.
Their rows are store.cert_assets'."""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass
from pathlib import Path

from innovact_desk.assets import asset_path
from innovact_desk.errors import UserError
from innovact_desk.store import cert_assets as stored_assets
from innovact_desk.store.event import EventStore

MAX_LOGOS, MAX_SIGNATURES = 4, 3
MAX_IMAGE_BYTES = 5 * 1024 * 1024
IMAGE_MIMES = {"PNG": "image/png", "JPEG": "image/jpeg"}


@dataclass(frozen=True)
class CertAsset:
    """A logo, or a signatory (name, title, and the signature picture if there is one)."""

    kind: str  # logo, signature
    position: int
    name: str = ""
    title: str = ""
    title_en: str = ""
    mime: str = ""
    data: bytes | None = None

    def title_in(self, lang: str) -> str:
        return (self.title_en if lang == "en" else self.title) or self.title or self.title_en


@dataclass(frozen=True)
class Signatory:
    """Input for set_certificate_assets: image is a file path, the picture's bytes, or None (a plain line)."""

    name: str
    title: str = ""
    title_en: str = ""
    image: str | os.PathLike | bytes | None = None


# ---- logos and signatories -----------------------------------------------------------------------------


def certificate_assets(store: EventStore) -> tuple[list[CertAsset], list[CertAsset]]:
    """(logos, signatories) in print order, as stored in the event file."""
    assets = [CertAsset(k, p, n, t, te, m, bytes(d) if d is not None else None)
              for k, p, n, t, te, m, d in stored_assets.asset_rows(store)]
    return [a for a in assets if a.kind == "logo"], [a for a in assets if a.kind == "signature"]


def _image(source: str | os.PathLike | bytes, what: str) -> tuple[str, bytes]:
    """(mime, bytes) of a PNG or JPEG picture, checked with Pillow."""
    from PIL import Image, UnidentifiedImageError

    if isinstance(source, bytes):
        data, label = source, what
    else:
        label = str(source)
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise UserError(f"{label}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_IMAGE_BYTES:
        raise UserError(f"{label}: larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB")
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise UserError(f"{label}: not a picture (PNG or JPEG)") from None
    if kind not in IMAGE_MIMES:
        raise UserError(f"{label}: a {kind} picture; use PNG or JPEG")
    return IMAGE_MIMES[kind], data


def set_certificate_assets(store: EventStore, *, logos: list[str | os.PathLike | bytes] | None = None,
                           signatories: list[Signatory] | None = None) -> None:
    """Replace the event's logos and/or signatories (None: leave as they are; []: none), from files or bytes.

    Up to 4 logos and 3 signatories; pictures are PNG or JPEG, stored in the event file so clones carry them."""
    new: dict[str, list[tuple]] = {}
    if logos is not None:
        if len(logos) > MAX_LOGOS:
            raise UserError(f"at most {MAX_LOGOS} logos on a certificate")
        new["logo"] = [("", "", "", *_image(src, f"logo {i + 1}")) for i, src in enumerate(logos)]
    if signatories is not None:
        if len(signatories) > MAX_SIGNATURES:
            raise UserError(f"at most {MAX_SIGNATURES} signatures on a certificate")
        new["signature"] = []
        for i, s in enumerate(signatories):
            if not s.name.strip():
                raise UserError(f"signatory {i + 1}: needs a name")
            mime, data = _image(s.image, f"signature {i + 1}") if s.image is not None else ("", None)
            new["signature"].append((s.name.strip(), s.title.strip(), s.title_en.strip(), mime, data))
    with store.transaction():
        for kind, entries in new.items():
            stored_assets.replace_assets(store, kind, entries)
            store.record_audit("edit", "cert_assets", kind, "", None, json.dumps(
                [e[0] or f"{kind} {i + 1}" for i, e in enumerate(entries)], ensure_ascii=False))


def install_demo_certificate_assets(store: EventStore) -> None:
    """The demo event's placeholder logos and made-up signatories (assets/certificate/demo.json)."""
    folder = asset_path("certificate")
    spec = json.loads((folder / "demo.json").read_text(encoding="utf-8"))
    set_certificate_assets(
        store,
        logos=[folder / name for name in spec["logos"]],
        signatories=[Signatory(s["name"], s.get("title", ""), s.get("title_en", ""),
                               folder / s["image"] if s.get("image") else None) for s in spec["signatures"]],
    )


def event_logo(store: EventStore) -> bytes | None:
    """The first certificate logo (the badge prints it), or None."""
    logos, _signatures = certificate_assets(store)
    return next((logo.data for logo in logos if logo.data), None)
