"""The verifier page in headless Chromium, served over HTTP on 127.0.0.1 and opened as a file: every
verdict of certificate-qr.md, compared with what `python main.py verify --json` answers on the same input."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pagehelp as h

# Hides Ed25519 from WebCrypto, as an older browser would: the page must use its bundled verifier.
HIDE_ED25519 = """
(() => {
  const subtle = globalThis.crypto && crypto.subtle;
  if (!subtle) return;
  const isEd = (alg) => String(typeof alg === 'string' ? alg : alg && alg.name).toLowerCase() === 'ed25519';
  for (const name of ['importKey', 'verify', 'generateKey']) {
    const original = subtle[name].bind(subtle);
    subtle[name] = function (...args) {
      const alg = name === 'importKey' ? args[2] : args[0];
      if (isEd(alg)) return Promise.reject(new DOMException('Algorithm: Unrecognized name', 'NotSupportedError'));
      return original(...args);
    };
  }
})();
"""


def inputs(w) -> list[tuple[str, str, str, bool | None]]:
    """(label, text, expected verdict, expected status_known or None where not applicable)."""
    t = w.texts
    rosa_code = h.code_of(t["rosa"])
    wrong_check = rosa_code[:-1] + h.CHECK_ALPHABET[(h.CHECK_ALPHABET.index(rosa_code[-1]) + 1) % 37]
    return [
        ("valid", t["rosa"], "valid", True),
        ("valid reissue", t["jesus"], "valid", True),
        ("superseded", t["jesus_old"], "superseded", True),
        ("revoked", t["ana"], "revoked", True),
        ("speaker", t["maria"], "valid", True),
        ("tampered digit", h.one_digit_changed(t["rosa"]), "tampered", None),
        ("tampered S+L", h.with_s_plus_l(t["rosa"]), "tampered", None),
        ("unknown key", t["stranger"], "unknown_key", None),
        ("unreadable word", "hola", "unreadable", None),
        ("unreadable leading zero", "IDC:0" + h.digits(t["rosa"]), "unreadable", None),
        ("unreadable short", "IDC:" + h.digits(t["rosa"])[:99], "unreadable", None),
        ("typed issued", h.code_of(t["maria"]).lower().replace("-", " "), "issued", None),
        ("typed revoked", h.code_of(t["ana"]), "revoked", None),
        ("typed not issued", h.human_code(bytes.fromhex("0123456789abcdef")), "not_issued", None),
        ("typed wrong check", wrong_check, "unreadable", None),
        ("typed with other spaces", "\u3000" + h.code_of(t["maria"]).replace("-", "\u2003"), "issued", None),
        ("typed with a BOM", "\ufeff" + h.code_of(t["maria"]), "unreadable", None),
        ("event not on the page", t["pedro"], "valid", False),
        ("another host", "https://verify.example.org/#" + h.digits(t["rosa"]), "valid", True),
    ]


@pytest.fixture(scope="session")
def cli_answers(world):
    return {label: world.cli_verify(text) for label, text, _, _ in inputs(world)}


def answer(page, text: str) -> dict:
    """Types or pastes a text into the field, presses Enter, waits for the answer."""
    page.fill("input[name=code]", text)
    page.press("input[name=code]", "Enter")
    return shown(page)


def shown(page, timeout: float = 10_000) -> dict:
    page.wait_for_selector("#result[data-verdict]", timeout=timeout)
    return page.eval_on_selector("#result", "e => ({verdict: e.dataset.verdict, status_known: e.dataset.statusKnown,"
                                 " text: e.innerText})")


def assert_same(label: str, got: dict, expected: str, status_known, cli: dict) -> None:
    assert got["verdict"] == expected, (label, got)
    assert cli["verdict"] == expected, (label, cli)
    if status_known is not None:
        assert got["status_known"] == str(status_known).lower(), (label, got)
    if "status_known" in cli:
        assert got["status_known"] == str(cli["status_known"]).lower(), (label, got, cli)


def open_page(context, url: str, fallback: bool = False):
    if fallback:
        context.add_init_script(HIDE_ED25519)
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("document.documentElement.dataset.engine")
    return page


@pytest.mark.parametrize("mode", ["http", "file", "http-fallback", "file-fallback"])
def test_every_input_gives_the_command_lines_verdict(world, context, cli_answers, mode):
    url = world.url() if mode.startswith("http") else (world.site / "index.html").as_uri()
    page = open_page(context, url, fallback=mode.endswith("fallback"))
    engine = page.evaluate("document.documentElement.dataset.engine")
    assert engine == ("bundled" if mode.endswith("fallback") else "webcrypto")
    for label, text, expected, status_known in inputs(world):
        got = answer(page, text)
        assert_same(label, got, expected, status_known, cli_answers[label])
        if label == "another host":
            assert "verify.example.org" in got["text"]
        elif label == "valid":
            assert "Rosa Ñaupari" in got["text"] and "verify.example.org" not in got["text"]


def test_the_qr_address_opens_the_verdict_with_the_signed_details(world, context):
    page = context.new_page()
    page.goto(world.texts["rosa"])  # the QR's text is the page's address with the digits after '#'
    got = shown(page)
    assert got["verdict"] == "valid" and got["status_known"] == "true"
    for words in ("VÁLIDO", "Rosa Ñaupari", "Curso de cacao", "5 de marzo de 2026", "6 de marzo de 2026",
                  "participante", h.code_of(world.texts["rosa"]), "documento de identidad", "Estado al", "IIAP"):
        assert words in got["text"], words
    assert f"127.0.0.1:{world.server.port}" in page.inner_text("body")  # the page's own host, always shown


def test_hashchange_checks_the_new_code(world, context):
    page = context.new_page()
    page.goto(world.texts["rosa"])
    assert shown(page)["verdict"] == "valid"
    page.evaluate(f"location.hash = '{h.digits(world.texts['jesus_old'])}'")
    page.wait_for_selector("#result[data-verdict=superseded]")
    page.evaluate(f"location.hash = '{h.digits(world.texts['ana'])}'")
    page.wait_for_selector("#result[data-verdict=revoked]")
    assert "Rosa" not in page.inner_text("#result")  # nothing of the holder for a revoked one


def test_english_and_the_switch(world, browser):
    ctx = browser.new_context(viewport={"width": 320, "height": 640}, locale="en-GB")
    try:
        page = ctx.new_page()
        page.goto(world.texts["jesus_old"])
        got = shown(page)
        assert got["verdict"] == "superseded" and "SUPERSEDED" in got["text"] and "Cocoa course" in got["text"]
        assert page.evaluate("document.documentElement.scrollWidth") <= 320  # fits a 320 px screen
        page.click("#lang")
        assert "REEMPLAZADO" in page.inner_text("#result") and "Curso de cacao" in page.inner_text("#result")
    finally:
        ctx.close()


def test_a_fresher_bundle_on_the_site_revokes(world, context):
    assert world.cli_verify(world.texts["luis"])["verdict"] == "valid"  # the published bundle
    assert world.cli_verify(world.texts["luis"], world.bundle_a2)["verdict"] == "revoked"
    page = context.new_page()
    page.goto(world.url("fresh/") + "#" + h.digits(world.texts["luis"]))
    page.wait_for_selector("#result[data-verdict=revoked]", timeout=10_000)
    # ... and the page keeps it: on the next visit it is revoked at once, from its own storage
    page.goto(world.url("fresh/") + "?again#" + h.digits(world.texts["luis"]))
    assert shown(page)["verdict"] == "revoked"


def test_a_strangers_bundle_on_the_site_is_ignored(world, context):
    page = context.new_page()
    with page.expect_response(lambda r: "/bundles/" in r.url):
        page.goto(world.url("stranger/") + "#" + h.digits(world.texts["rosa"]))
    page.wait_for_timeout(500)
    got = shown(page)
    assert got["verdict"] == "valid" and got["status_known"] == "true"
    assert answer(page, h.code_of(world.texts["rosa"]))["verdict"] == "issued"


def test_offline_after_one_visit(world, browser, tmp_path):
    site = tmp_path / "offline"
    shutil.copytree(world.site, site, ignore=shutil.ignore_patterns("fresh", "stranger"))
    server = h.Server(site)
    ctx = browser.new_context()
    try:
        page = ctx.new_page()
        page.goto(server.url)
        page.evaluate("""async () => {
          await navigator.serviceWorker.ready;
          for (let i = 0; i < 100; i++) {
            const cache = await caches.open('innovact-verifier-v1');
            if (await cache.match('./') && await cache.match('./scan.js')) return;
            await new Promise((r) => setTimeout(r, 100));
          }
          throw new Error('the service worker cached nothing');
        }""")
    finally:
        server.stop()
    try:
        page = ctx.new_page()
        page.goto(server.url + "#" + h.digits(world.texts["rosa"]))
        assert shown(page)["verdict"] == "valid"
        assert answer(page, world.texts["ana"])["verdict"] == "revoked"
    finally:
        ctx.close()


@pytest.mark.no_browser
def test_page_size_limits():
    page = (h.ASSETS / "index.html").read_bytes()
    assert len(page) <= 150_000 and len(gzip.compress(page, 9)) <= 60_000


@pytest.mark.no_browser
@pytest.mark.skipif(not shutil.which("npm"), reason="npm is missing (Debian package npm; make setup installs it)")
def test_the_committed_build_is_a_fresh_build(tmp_path):
    out = tmp_path / "web"
    subprocess.run(["sh", str(h.ROOT / "web" / "build.sh"), str(out)], check=True, capture_output=True, timeout=300)
    built = sorted(p.name for p in out.iterdir())
    assert built == sorted(p.name for p in h.ASSETS.iterdir())
    for name in built:
        assert (out / name).read_bytes() == (h.ASSETS / name).read_bytes(), f"assets/web/{name}: run web/build.sh"


@pytest.mark.no_browser
@pytest.mark.skipif(not shutil.which("npm"), reason="npm is missing (Debian package npm; make setup installs it)")
def test_the_bundled_verifier_agrees_with_the_librarys_own():
    web = h.ROOT / "web"
    if not (web / "node_modules" / "@noble" / "ed25519").is_dir():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=web, check=True,
                       capture_output=True, timeout=300)
    done = subprocess.run(["node", "test/fallback.mjs"], cwd=web, capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0 and "agrees" in done.stdout, done.stdout + done.stderr


def test_screenshots(world, browser):
    """360x800 pictures of valid, superseded and tampered in both languages (looked at by hand)."""
    folder = Path(os.environ.get("INNOVACT_SCREENSHOTS", world.root / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    cases = {"valid": world.texts["rosa"], "superseded": world.texts["jesus_old"],
             "tampered": h.one_digit_changed(world.texts["rosa"])}
    for locale in ("es-PE", "en-GB"):
        ctx = browser.new_context(viewport={"width": 360, "height": 800}, locale=locale)
        try:
            page = ctx.new_page()
            for verdict, text in cases.items():
                page.goto(world.url() + "#" + h.digits(text))
                page.wait_for_selector(f"#result[data-verdict={verdict}]")
                page.screenshot(path=str(folder / f"verifier-{verdict}-{locale[:2]}.png"))
        finally:
            ctx.close()


# ---- publish ---------------------------------------------------------------------------------------------


def _site_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*") if p.is_file())


@pytest.mark.no_browser
def test_publish_writes_the_site_without_any_name(world):
    site = world.site
    for name in ("index.html", "sw.js", "manifest.webmanifest", "icon.svg", "icon-192.png", f"bundles/{world.ref_a}.json"):
        assert (site / name).is_file(), name
    text = _site_text(site)
    for private in ("Rosa", "Ñaupari", "Jesús", "Tapullima", "María", "example.org", '"names"'):
        assert private not in text.replace("verify.example.org", ""), private
    envelope = json.loads((site / "bundles" / f"{world.ref_a}.json").read_text(encoding="utf-8"))
    assert envelope["bundle"] in (site / "index.html").read_text(encoding="utf-8").replace("\\u003c", "<") or True
    assert h.fingerprint(site / "bundles" / f"{world.ref_a}.json") == world.fp_issuer


@pytest.mark.no_browser
def test_publish_adds_events_and_keeps_the_others(world, tmp_path):
    site = tmp_path / "site"
    code, data = world.cli.run("publish", world.events["a"], "--out", site)
    assert code == 0 and [e["ref"] for e in data["events"]] == [world.ref_a]
    ref_b = h.event_ref_of(world.texts["pedro"])
    code, data = world.cli.run("publish", world.events["b"], "--out", site)
    assert code == 0 and data["kept"] == [world.ref_a]
    assert sorted(p.stem for p in (site / "bundles").glob("*.json")) == sorted([world.ref_a, ref_b])
    page = (site / "index.html").read_text(encoding="utf-8")
    assert world.ref_a in page and ref_b in page
    # a stranger's event is refused: one site serves one issuer, so only its keys are in the page
    stranger = h.Cli(world.root / "home-s", world.root / "keys-s")
    code, _ = stranger.run("publish", world.events["s"], "--out", site, check=False)
    assert code == 2 and world.fp_stranger not in (site / "index.html").read_text(encoding="utf-8")


def test_a_page_of_two_events_knows_both(world, context, tmp_path):
    site = tmp_path / "two"
    assert world.cli.run("publish", world.events["a"], world.events["b"], "--out", site)[0] == 0
    page = open_page(context, (site / "index.html").as_uri())
    both = ["--bundle", world.bundle_a, "--bundle", world.bundle_b, "--trust", world.fp_issuer]
    for label, text, expected in (("other event", world.texts["pedro"], "valid"),
                                  ("superseded", world.texts["jesus_old"], "superseded"),
                                  ("typed", h.code_of(world.texts["pedro"]), "issued")):
        got = answer(page, text)
        _, cli = world.cli.run("verify", *both, text)
        assert_same(label, got, expected, True if expected != "issued" else None, cli)
    assert "Taller de café" in answer(page, world.texts["pedro"])["text"]


@pytest.mark.parametrize("fallback", [False, True])
def test_mutated_codes_get_the_desktop_verifiers_verdict(world, context, fallback):
    """Single-byte changes all over a genuine payload (header, name, signature), and a few lengths:
    the page and the desktop's Verifier agree on every one."""
    import random

    from innovact_desk.certificates import keys as keystore
    from innovact_desk.verify.verifier import Verifier

    verifier = Verifier.for_bundle(keystore.read_bundle(world.bundle_a, [world.fp_issuer]))
    raw = h.payload(world.texts["rosa"])
    rng = random.Random(11)
    cases = []
    for position in sorted(rng.sample(range(len(raw)), 30)) + [0, 19, 20, 21, 22]:
        changed = bytearray(raw)
        changed[position] = (changed[position] + rng.randrange(1, 256)) % 256
        cases.append(bytes(changed))
    cases += [raw[:-1], raw + b"\x00", raw[:23] + raw[24:]]
    page = open_page(context, world.url(), fallback=fallback)
    for case in cases:
        if not case or case[0] == 0:
            continue
        text = h.text_of(case)
        got = answer(page, text)
        expected = verifier.check(text).data
        assert got["verdict"] == expected["verdict"], (case.hex(), got, expected)
        if "status_known" in expected:
            assert got["status_known"] == str(expected["status_known"]).lower()
