"""Helpers of the verifier page's tests: the command line as a subprocess, QR texts read off the printed
PDF, the site, a local HTTP server, and the few bits of the QR format the tests tamper with.

Only the command line is used to make events and certificates (it is the stable interface), plus
pdftoppm and zxing-cpp to read the certificates' QR codes the way a phone would."""

from __future__ import annotations

import base64
import functools
import hashlib
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"
ASSETS = ROOT / "assets" / "web"
CHROMIUM = os.environ.get("INNOVACT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
L = 2**252 + 27742317777372353535851937790883648493
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = CROCKFORD + "*~$=U"


class Cli:
    """`python main.py ...` with this test's own user data and key folders."""

    def __init__(self, home: Path, keys: Path) -> None:
        self.env = {**os.environ, "XDG_DATA_HOME": str(home), "XDG_CONFIG_HOME": str(home),
                    "INNOVACT_KEY_DIR": str(keys), "QT_QPA_PLATFORM": "offscreen"}

    def run(self, *argv, check: bool = True, cwd: Path | None = None) -> tuple[int, dict]:
        proc = subprocess.run([sys.executable, str(MAIN), *map(str, argv), "--json"], capture_output=True,
                              check=False, text=True, env=self.env, cwd=cwd, timeout=120)
        if check and proc.returncode not in (0, 1):
            raise AssertionError(f"{argv}: exit {proc.returncode}\n{proc.stderr}")
        lines = [line for line in proc.stdout.splitlines() if line.strip()]
        return proc.returncode, (json.loads(lines[-1]) if lines else {})


def pdf_qr_texts(pdf: Path, work: Path) -> list[str]:
    """The QR text of every page of a certificates PDF (rasterised at 150 dpi, read by zxing-cpp)."""
    import zxingcpp
    from PIL import Image

    prefix = work / pdf.stem
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(pdf), str(prefix)], check=True, timeout=120)
    texts = []
    for page in sorted(work.glob(f"{pdf.stem}-*.png")):
        found = [r.text for r in zxingcpp.read_barcodes(Image.open(page)) if r.text]
        texts += found
    return texts


def digits(text: str) -> str:
    return text.split("#")[-1].split(":")[-1]


def payload(text: str) -> bytes:
    value = int(digits(text))
    return value.to_bytes((value.bit_length() + 7) // 8, "big")


def text_of(raw: bytes, prefix: str = "IDC:") -> str:
    return prefix + str(int.from_bytes(raw, "big"))


def name_of(text: str) -> str:
    raw = payload(text)
    return raw[23:23 + raw[22]].decode("utf-8")


def event_ref_of(text: str) -> str:
    return payload(text)[13:17].hex()


def human_code(uid: bytes) -> str:
    value = int.from_bytes(uid, "big")
    symbols = "".join(CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(13))) + CHECK_ALPHABET[value % 37]
    return "-".join((symbols[0:4], symbols[4:8], symbols[8:12], symbols[12:14]))


def code_of(text: str) -> str:
    return human_code(payload(text)[5:13])


def with_s_plus_l(text: str) -> str:
    """The same signature with the group order added to S: lax verifiers accept it, strict ones don't."""
    raw = payload(text)
    s = int.from_bytes(raw[-32:], "little") + L
    return text.split("#")[0] + "#" + str(int.from_bytes(raw[:-32] + s.to_bytes(32, "little"), "big"))


def one_digit_changed(text: str) -> str:
    """The last digit but one changed: the signature's last bytes change, the lengths do not."""
    head, d = text[:-2], text[-2:]
    return head + str((int(d[0]) + 1) % 10) + d[1]


def fingerprint(bundle_file: Path) -> str:
    """The fingerprint of the key that signed a bundle (the test trusts it, as a verifier would)."""
    envelope = json.loads(Path(bundle_file).read_text(encoding="utf-8"))
    for key in json.loads(envelope["bundle"])["keys"]:
        if key["kid"] == envelope["kid"]:
            return hashlib.sha256(base64.b64decode(key["public"])).hexdigest()
    raise AssertionError("bundle signer not listed")


def forged_bundle(ref: str, revoke_uid: bytes, seq: int) -> dict:
    """A stranger's bundle for an event ref it has no right to: its own key, a revocation, a high seq."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    kid = hashlib.sha256(public).digest()[:4].hex()
    uid_hash = hashlib.sha256(revoke_uid).digest()[:8].hex()
    obj = {"as_of": "2030-01-01T00:00:00+00:00", "events": [{"dates": ["2026-03-05"], "hours": 1, "ref": ref,
           "title": "Falso", "venue": ""}], "issued": [uid_hash], "issuer": "IIAP",
           "keys": [{"kid": kid, "public": base64.b64encode(public).decode(), "valid_from": None, "valid_to": None}],
           "seq": seq, "status": [{"min_rev": 255, "uid_hash": uid_hash}]}
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return {"bundle": text, "kid": kid, "sig": base64.b64encode(key.sign(text.encode())).decode()}


def assemble_site(out: Path, bundle_files: list[Path]) -> Path:
    """The static site from the built page and the bundles (a stand-in until `publish` exists)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "bundles").mkdir(exist_ok=True)
    envelopes = []
    for f in bundle_files:
        envelope = json.loads(Path(f).read_text(encoding="utf-8"))
        envelopes.append(envelope)
        for event in json.loads(envelope["bundle"])["events"]:
            shutil.copyfile(f, out / "bundles" / f"{event['ref']}.json")
    for f in ASSETS.iterdir():
        if f.name != "index.html":
            shutil.copyfile(f, out / f.name)
    trust = json.dumps({"bundles": envelopes}, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    page = (ASSETS / "index.html").read_text(encoding="utf-8").replace("__INNOVACT_TRUST__", trust)
    (out / "index.html").write_text(page, encoding="utf-8")
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".webmanifest": "application/manifest+json", ".js": "text/javascript"}

    def log_message(self, *args) -> None:  # keep pytest's output clean
        pass


class Server:
    """A static HTTP server on 127.0.0.1 with an ephemeral port, serving one folder, in a thread."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        handler = functools.partial(_QuietHandler, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
