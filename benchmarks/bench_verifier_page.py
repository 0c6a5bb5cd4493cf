"""The verifier page: its size (plain and gzip) and the time from load to verdict in headless Chromium
with 4x CPU throttling (goal: 300 ms; shared/specs/verifier-page.md), median of several cold loads.

    .venv/bin/python benchmarks/bench_verifier_page.py [--runs 9]

It makes a one-certificate event with the command line, publishes its site, serves it on 127.0.0.1
and opens the certificate's QR address; the clock runs from the navigation's start (performance's
time origin) to the moment the answer's `data-verdict` is set. Each run is a new browser context
(no cache, no service worker), once with WebCrypto's Ed25519 and once with the bundled verifier; it
also prints how much of that is the page's own script (from its first line to the verdict) and, as a
baseline, how long the same browser takes to run the first script of an empty page.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))

import pagehelp as h  # the page tests' helpers: command line, QR reading, server

MARK = """
new MutationObserver((_, observer) => {
  const box = document.getElementById('result');
  if (box && box.dataset.verdict) { window.__verdictAt = performance.now(); observer.disconnect(); }
}).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-verdict']});
"""


def make_site(root: Path) -> tuple[h.Server, str]:
    server = h.Server(root / "site")
    cli = h.Cli(root / "home", root / "keys")
    event = root / "bench.event"
    cli.run("init", event, "--title", "Curso de cacao", "--dates", "2026-03-05,2026-03-06", "--tz", "America/Lima",
            "--issuer", "IIAP", "--verify-url", server.url)
    roster = root / "r.csv"
    roster.write_text("Nombre,Correo\nRosa Ñaupari Tapullima,rosa@example.org\n", encoding="utf-8")
    cli.run("import", event, roster)
    code = cli.run("list", event)[1]["participants"][0]["code"]
    day = root / "day.txt"
    day.write_text(code + "\n", encoding="utf-8")
    for d in ("1", "2"):
        cli.run("checkin", event, "--day", d, "--from", day)
    cli.run("certificates", event, "--out", root / "c.pdf")
    text = h.pdf_qr_texts(root / "c.pdf", root)[0]
    assert cli.run("publish", event, "--out", root / "site")[0] == 0
    return server, text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--throttle", type=float, default=4.0)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    page_bytes = (h.ASSETS / "index.html").read_bytes()
    print(f"assets/web/index.html (template): {len(page_bytes):,} bytes, gzip -9 {len(gzip.compress(page_bytes, 9)):,}"
          " bytes (limits 150,000 / 60,000)")
    with tempfile.TemporaryDirectory() as tmp:
        server, text = make_site(Path(tmp))
        published = (Path(tmp) / "site" / "index.html").read_bytes()
        print(f"published index.html (one event):  {len(published):,} bytes, gzip -9 "
              f"{len(gzip.compress(published, 9)):,} bytes")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=h.CHROMIUM, headless=True, args=h.CHROMIUM_ARGS)
            for engine in ("webcrypto", "bundled"):
                times, scripts = [], []
                for _ in range(args.runs):
                    ctx = browser.new_context(viewport={"width": 360, "height": 800}, service_workers="block")
                    if engine == "bundled":
                        sys.path.insert(0, str(ROOT / "tests" / "web"))
                        from test_verifier_page import HIDE_ED25519
                        ctx.add_init_script(HIDE_ED25519)
                    ctx.add_init_script(MARK)
                    page = ctx.new_page()
                    cdp = ctx.new_cdp_session(page)
                    cdp.send("Emulation.setCPUThrottlingRate", {"rate": args.throttle})
                    page.goto(text)
                    page.wait_for_function("window.__verdictAt !== undefined", timeout=30_000)
                    verdict = page.get_attribute("#result", "data-verdict")
                    used = page.evaluate("document.documentElement.dataset.engine")
                    assert verdict == "valid" and used == engine, (verdict, used)
                    times.append(page.evaluate("window.__verdictAt"))
                    scripts.append(times[-1] - page.evaluate("performance.getEntriesByName('innovact:start')[0].startTime"))
                    ctx.close()
                print(f"load to verdict, {args.throttle:g}x CPU throttling, {engine:9}: median "
                      f"{statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f}, "
                      f"{args.runs} runs; goal 300 ms); of which the page's script {statistics.median(scripts):.0f} ms")
            bare = []
            (Path(tmp) / "site" / "bare.html").write_text("<!doctype html><p>0</p><script>performance.mark('s')</script>")
            for _ in range(args.runs):
                ctx = browser.new_context(service_workers="block")
                page = ctx.new_page()
                ctx.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": args.throttle})
                page.goto(server.url + "bare.html")
                bare.append(page.evaluate("performance.getEntriesByName('s')[0].startTime"))
                ctx.close()
            print(f"baseline: an empty page's first script, same conditions: median {statistics.median(bare):.0f} ms "
                  "(what the browser alone costs on this machine now)")
            browser.close()
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
