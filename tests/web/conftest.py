"""Fixtures of the verifier page's tests: one issuer with two events, a stranger, the site, a server,
and Debian's Chromium driven headless by Playwright (no browser download)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pagehelp as h

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - the set-up installs it
    sync_playwright = None


def _missing() -> str | None:
    if sync_playwright is None:
        return "playwright is not installed (make setup installs it from requirements-dev.txt)"
    if not (os.path.isfile(h.CHROMIUM) and os.access(h.CHROMIUM, os.X_OK)):
        return f"no Chromium at {h.CHROMIUM} (Debian package chromium; make setup installs it as root)"
    if not shutil.which("pdftoppm"):
        return "pdftoppm is missing (Debian package poppler-utils)"
    if not (h.ASSETS / "index.html").is_file():
        return "the built page assets/web/index.html is missing (web/build.sh)"
    return None


def pytest_configure(config):
    config.addinivalue_line("markers", "no_browser: a verifier page test that needs no browser")


def pytest_collection_modifyitems(config, items):
    reason = _missing()
    if reason:
        skip = pytest.mark.skip(reason=reason)
        for item in items:
            if "tests/web" in str(item.fspath).replace(os.sep, "/") and "no_browser" not in item.keywords:
                item.add_marker(skip)


@dataclass
class World:
    """Everything the tests check: QR texts by name, bundle files, the sites and the server."""

    root: Path
    cli: h.Cli
    server: h.Server
    texts: dict[str, str] = field(default_factory=dict)  # "rosa", "jesus_old", ... -> QR text
    bundle_a: Path | None = None  # event A, as published (seq 1)
    bundle_a2: Path | None = None  # event A after Luis's revocation (the fresher one)
    bundle_b: Path | None = None  # event B: same issuer, not on the page
    bundle_s: Path | None = None  # a stranger's event
    site: Path | None = None  # served at server.url
    ref_a: str = ""
    events: dict[str, Path] = field(default_factory=dict)
    fp_issuer: str = ""
    fp_stranger: str = ""

    def url(self, sub: str = "") -> str:
        return self.server.url + sub

    def cli_verify(self, text: str, bundle: Path | None = None) -> dict:
        """`verify --bundle ... --json`: what the desktop verifier answers."""
        bundle = bundle or self.bundle_a
        trust = self.fp_stranger if bundle == self.bundle_s else self.fp_issuer
        _, data = self.cli.run("verify", "--bundle", bundle, "--trust", trust, text)
        return data


def _print(cli: h.Cli, event: Path, out: Path, work: Path, *codes: str) -> list[str]:
    args = [a for c in codes for a in ("--code", c)]
    code, data = cli.run("certificates", event, "--out", out, "--all", *args)
    assert code == 0, data
    return h.pdf_qr_texts(out, work)


def _event(cli: h.Cli, root: Path, name: str, url: str, title: str, people: list[str], **extra) -> tuple[Path, dict]:
    event = root / f"{name}.event"
    args = ["init", event, "--title", title, "--dates", extra.get("dates", "2026-03-05,2026-03-06"),
            "--tz", "America/Lima", "--hours", "16", "--issuer", extra.get("issuer", "IIAP"), "--verify-url", url]
    if "title_en" in extra:
        args += ["--title-en", extra["title_en"]]
    assert cli.run(*args)[0] == 0
    roster = root / f"{name}.csv"
    roster.write_text("Nombre,Correo\n" + "".join(f"{p},{i}.{name}@example.org\n" for i, p in enumerate(people)),
                      encoding="utf-8")
    assert cli.run("import", event, roster)[0] == 0
    listed = cli.run("list", event)[1]["participants"]
    codes = {p["name"]: p["code"] for p in listed}
    day1 = root / f"{name}-day1.txt"
    day1.write_text("\n".join(codes.values()) + "\n", encoding="utf-8")
    assert cli.run("checkin", event, "--day", "1", "--from", day1)[0] == 0
    return event, codes


@pytest.fixture(scope="session")
def world(tmp_path_factory) -> World:
    if _missing():
        pytest.skip(_missing())
    root = tmp_path_factory.mktemp("verifier-page")
    server = h.Server(root / "site")
    cli = h.Cli(root / "home", root / "keys")
    w = World(root=root, cli=cli, server=server)
    work = root / "scans"
    work.mkdir()

    # Event A: on the page. Rosa attends both days; Jesús is corrected (superseded); Ana is revoked;
    # Luis is revoked only in the fresher bundle; María is issued (for typed codes).
    a, codes = _event(cli, root, "a", server.url, "Curso de cacao", ["Rosa Ñaupari", "Jesús Muñoz", "Ana Tapullima",
                      "Luis Pinedo", "María Sánchez"], title_en="Cocoa course")
    day2 = root / "a-day2.txt"
    day2.write_text(codes["Rosa Ñaupari"] + "\n", encoding="utf-8")
    assert cli.run("checkin", a, "--day", "2", "--from", day2)[0] == 0
    assert cli.run("edit", a, "--code", codes["María Sánchez"], "--role", "speaker")[0] == 0
    first = _print(cli, a, root / "a1.pdf", work)
    by_name = {h.name_of(t): t for t in first}
    w.texts.update(rosa=by_name["Rosa Ñaupari"], jesus_old=by_name["Jesús Muñoz"], ana=by_name["Ana Tapullima"],
                   luis=by_name["Luis Pinedo"], maria=by_name["María Sánchez"])
    assert cli.run("edit", a, "--code", codes["Jesús Muñoz"], "--name", "Jesús Muñoz Ríos")[0] == 0
    again = _print(cli, a, root / "a2.pdf", work, codes["Jesús Muñoz"])
    w.texts["jesus"] = again[0]
    assert cli.run("revoke", a, "--certificate", h.code_of(w.texts["ana"]), "--reason", "error")[0] == 0
    w.bundle_a = root / "a-bundle.json"
    assert cli.run("bundle", a, "--out", w.bundle_a)[0] == 0
    w.ref_a = h.event_ref_of(w.texts["rosa"])
    w.fp_issuer = h.fingerprint(w.bundle_a)

    # Event B: the same issuer key, not on the page.
    b, _ = _event(cli, root, "b", server.url, "Taller de café", ["Pedro Ruiz"], dates="2026-04-10")
    w.texts["pedro"] = _print(cli, b, root / "b.pdf", work)[0]
    w.bundle_b = root / "b-bundle.json"
    assert cli.run("bundle", b, "--out", w.bundle_b)[0] == 0

    # A stranger: another key folder, another issuer.
    stranger = h.Cli(root / "home-s", root / "keys-s")
    s, _ = _event(stranger, root, "s", "https://falso.example.org/", "Curso falso", ["Rosa Ñaupari"], issuer="Otro")
    w.texts["stranger"] = _print(stranger, s, root / "s.pdf", work)[0]
    w.bundle_s = root / "s-bundle.json"
    assert stranger.run("bundle", s, "--out", w.bundle_s)[0] == 0
    w.fp_stranger = h.fingerprint(w.bundle_s)

    # The site as published; then Luis is revoked, and that fresher bundle goes to one copy of it.
    # The organizers consent to names in their bundles: the public site must hold none all the same.
    sqlite3.connect(a).execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('bundle.names', '1')").connection.commit()
    w.events = {"a": a, "b": b, "s": s}
    w.site = publish_site(w, root / "site", [a])
    assert cli.run("revoke", a, "--certificate", h.code_of(w.texts["luis"]), "--reason", "duplicado")[0] == 0
    later = publish_site(w, root / "later", [a])  # the organizers publish again, elsewhere first
    w.bundle_a2 = later / "bundles" / f"{w.ref_a}.json"
    fresh = root / "site" / "fresh"
    shutil.copytree(w.site, fresh, ignore=shutil.ignore_patterns("fresh", "stranger", "offline"))
    shutil.copyfile(w.bundle_a2, fresh / "bundles" / f"{w.ref_a}.json")
    strange = root / "site" / "stranger"
    shutil.copytree(w.site, strange, ignore=shutil.ignore_patterns("fresh", "stranger", "offline"))
    forged = h.forged_bundle(w.ref_a, h.payload(w.texts["rosa"])[5:13], seq=2**40)
    (strange / "bundles" / f"{w.ref_a}.json").write_text(json.dumps(forged), encoding="utf-8")
    yield w
    server.stop()


def publish_site(w: World, out: Path, events: list[Path]) -> Path:
    """The site of these events, as `python main.py publish EVENT... --out FOLDER` writes it."""
    code, data = w.cli.run("publish", *events, "--out", out)
    assert code == 0, data
    return out


@pytest.fixture(scope="session")
def browser():
    if _missing():
        pytest.skip(_missing())
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=h.CHROMIUM, headless=True, args=h.CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 360, "height": 800}, locale="es-PE")
    yield ctx
    ctx.close()
