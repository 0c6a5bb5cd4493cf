"""Certificate benchmark: 1,000 certificates into one PDF and as 1,000 files, beside the two usual ways.

Not a test: it prints its figures. Run

    .venv/bin/python benchmarks/bench_certificates.py [--pages 1000] [--baseline-pages 50] [--runs 3]

Each figure is the median of --runs runs. What it measures:
- ours: `certpdf.print_certificates` on a fresh event of 1,000 people (the demo logos and signatures, a
  verification address, names with accents): signing, the register, the vector QR, one merged PDF.
  Goals: 5 s or less and 5 MB or less for 1,000 pages.
- ReportLab's own QR widget (`reportlab.graphics.barcode.qr.QrCodeWidget`) drawing the same signed text on a
  ReportLab page with the same words and pictures; measured on --baseline-pages pages and scaled to 1,000.
- a Pillow raster template (the page drawn once as a 150-dpi picture, then per page: copy, write the texts,
  paste a `qrcode` image, save as JPEG into the PDF); measured the same way.
  Goal: ours at least 20 times as many pages a second as the faster of those two.
- ours as 1,000 files (`certificates --out-dir`: one PDF per person, the batch drawn once and split page by
  page): goal within 1.5 times the one-PDF time.
Rounds are interleaved (ours, files, widget, Pillow, then again), so a machine busy with other work slows
them all alike; each figure is the median of the rounds.
- verifying a scanned text against the event's register (goal: 5 ms or less each), and
- reading a certificate back from a one-page PDF at 150 dpi with pdftoppm + zxing-cpp (goal: 200 ms or less).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import qrcode
from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from innovact_desk.assets import asset_path
from innovact_desk.certificates import assets as cert_assets
from innovact_desk.certificates import keys, register
from innovact_desk.certificates import pdf as certpdf
from innovact_desk.records import AttendanceRule
from innovact_desk.store.event import EventStore
from innovact_desk.verify import verifier as verification

TIME_GOAL_S, SIZE_GOAL_MB, SPEEDUP_GOAL, FILES_GOAL = 5.0, 5.0, 20.0, 1.5
VERIFY_GOAL_MS, DECODE_GOAL_MS = 5.0, 200.0
VERIFY_URL = "https://verificar.innovact.example.org/"
GIVEN = ("José", "María", "Jesús", "Andrés", "Sofía", "Camila", "Ángel", "Raúl", "Inés", "Iñaki", "Zoë", "Łucja",
         "Wilder", "Milagros", "Teófilo", "Belén", "Agustín", "Ximena")
SURNAMES = ("Quispe", "Ñaupari", "Zúñiga", "Huamán", "Núñez", "Peña", "Arévalo", "Ångström-Łukasz", "Tapullima",
            "Shapiama", "Del Águila", "Castañeda", "Ibáñez", "Grández", "Cuéllar", "Panaifo")
ORGANIZATIONS = ("Instituto de Investigaciones de la Amazonía Peruana", "Gobierno Regional de Loreto",
                 "Instituto SINCHI", "Cámara de Comercio de Iquitos", "CITE Productivo Maynas",
                 "Asociación de Piscicultores de Loreto", "Universidad Nacional de Colombia, sede Amazonía")


def make_event(folder: Path, size: int, seed: int = 2026) -> EventStore:
    """A two-day event with `size` people present both days, the demo logos and signatures."""
    rng = random.Random(seed)
    store = EventStore.create(
        folder / f"bench-{size}-{seed}.event", title_es="II Curso Binacional Frontera Perú–Colombia: Innovación "
        "y Clústeres Transfronterizos", title_en="II Binational Course Peru–Colombia Border: Innovation and "
        "Cross-Border Clusters", venue="Iquitos, Loreto, Perú", tz="America/Lima",
        dates=[date(2026, 3, 5), date(2026, 3, 6)], hours=16, issuer="INNOVACT (benchmark)",
        verify_url=VERIFY_URL, rule=AttendanceRule(0, ("speaker", "organizer")))
    cert_assets.install_demo_certificate_assets(store)
    with store.transaction():
        for i in range(size):
            name = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)} {rng.choice(SURNAMES)}"
            person = store.add_participant({"name": name, "organization": rng.choice(ORGANIZATIONS),
                                            "lang": "en" if i % 10 == 0 else "es"})
            store.check_in(person.id, 1)
            store.check_in(person.id, 2)
    return store


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


# ---- ours ------------------------------------------------------------------------------------------------


def ours(folder: Path, size: int, seed: int) -> tuple[float, int]:
    store = make_event(folder, size, seed)
    out = folder / f"ours-{seed}.pdf"
    seconds, result = timed(lambda: certpdf.run_to_end(certpdf.print_certificates(store, out)))
    assert result.pages == size
    store.close()
    return seconds, out.stat().st_size


def ours_files(folder: Path, size: int, seed: int) -> tuple[float, int]:
    from innovact_desk.certificates import files as certfiles

    store = make_event(folder, size, seed + 1000)
    out = folder / f"files-{seed}"
    out.mkdir()
    seconds, result = timed(lambda: certpdf.run_to_end(certfiles.print_files(store, out)))
    assert result.pages == size
    store.close()
    total = sum(p.stat().st_size for p in out.iterdir())
    for p in out.iterdir():
        p.unlink()
    return seconds, total


# ---- the usual ways --------------------------------------------------------------------------------------


def _texts(store: EventStore, key) -> list[tuple[str, str, str]]:
    """(name, organization, signed QR text) for each person, as a batch would sign them."""
    plan = register.plan_batch(store)
    prepared = register.prepare(store, plan, today=date(2026, 3, 6))
    signer = next(iter(prepared.signers.values()))
    return [(i.certificate.name, i.participant.organization, register.sign(store, i.certificate, signer))
            for i in prepared.items]


def reportlab_widget(folder: Path, rows: list[tuple[str, str, str]], event) -> tuple[float, int]:
    """ReportLab page with its own QR widget: the common recipe from ReportLab's docs and answers."""
    certpdf.register_fonts()
    logos = [asset_path("certificate", n) for n in ("logo-innovact.png", "logo-proyecto.png")]
    signatures = [asset_path("certificate", f"signature-{i}.png") for i in (1, 2, 3)]
    out = folder / "widget.pdf"

    def run() -> None:
        c = Canvas(str(out), pagesize=(certpdf.PAGE_W, certpdf.PAGE_H), pageCompression=1)
        for name, organization, text in rows:
            for i, logo in enumerate(logos):
                c.drawImage(str(logo), 24 * mm + i * 190 * mm, 168 * mm, 60 * mm, 20 * mm, mask="auto",
                            preserveAspectRatio=True)
            for i, signature in enumerate(signatures):
                c.drawImage(str(signature), 80 * mm + i * 55 * mm, 40 * mm, 45 * mm, 15 * mm, mask="auto",
                            preserveAspectRatio=True)
            c.setFont(certpdf.SERIF_BOLD, 32)
            c.drawCentredString(certpdf.PAGE_W / 2, 153 * mm, "Certificado de participación")
            c.setFont(certpdf.SANS, 13)
            c.drawCentredString(certpdf.PAGE_W / 2, 139 * mm, "Se otorga el presente certificado a")
            c.setFont(certpdf.SERIF_BOLD, 30)
            c.drawCentredString(certpdf.PAGE_W / 2, 120 * mm, name)
            c.setFont(certpdf.SANS, 12.5)
            c.drawCentredString(certpdf.PAGE_W / 2, 108 * mm, organization)
            c.setFont(certpdf.SERIF_BOLD, 17)
            c.drawCentredString(certpdf.PAGE_W / 2, 88 * mm, event.title_es[:60])
            c.setFont(certpdf.SANS, 11.5)
            c.drawCentredString(certpdf.PAGE_W / 2, 73 * mm, certpdf.event_phrase(event, "es"))
            widget = QrCodeWidget(text, barLevel="Q")
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(36 * mm, 36 * mm, transform=[36 * mm / (x1 - x0), 0, 0, 36 * mm / (y1 - y0), 0, 0])
            drawing.add(widget)
            renderPDF.draw(drawing, c, certpdf.QR_X, certpdf.QR_Y)
            c.showPage()
        c.save()

    seconds, _ = timed(run)
    return seconds, out.stat().st_size


def pillow_template(folder: Path, rows: list[tuple[str, str, str]], event) -> tuple[float, int]:
    """A 150-dpi picture of the page made once; per page: copy, write, paste a qrcode image, JPEG into a PDF."""
    dpi = 150
    px = dpi / 25.4  # pixels per mm
    width, height = round(297 * px), round(210 * px)
    template = Image.new("RGB", (width, height), "white")
    for i, name in enumerate(("logo-innovact.png", "logo-proyecto.png")):
        logo = Image.open(asset_path("certificate", name)).convert("RGBA")
        logo.thumbnail((round(60 * px), round(20 * px)))
        template.paste(logo, (round((24 + i * 190) * px), round(22 * px)), logo)
    for i in (1, 2, 3):
        signature = Image.open(asset_path("certificate", f"signature-{i}.png")).convert("RGBA")
        signature.thumbnail((round(45 * px), round(15 * px)))
        template.paste(signature, (round((80 + (i - 1) * 55) * px), round(155 * px)), signature)
    fonts = asset_path("fonts")

    def font(name: str, points: float) -> ImageFont.FreeTypeFont:
        return ImageFont.truetype(str(fonts / name), round(points * dpi / 72))

    title, body, big = font("DejaVuSerif-Bold.ttf", 32), font("DejaVuSans.ttf", 12.5), font("DejaVuSerif-Bold.ttf", 30)
    out = folder / "pillow.pdf"

    def run() -> None:
        c = Canvas(str(out), pagesize=(certpdf.PAGE_W, certpdf.PAGE_H), pageCompression=1)
        for number, (name, organization, text) in enumerate(rows):
            page = template.copy()
            draw = ImageDraw.Draw(page)
            draw.text((width / 2, 57 * px), "Certificado de participación", font=title, fill="#1c5438", anchor="ms")
            draw.text((width / 2, 71 * px), "Se otorga el presente certificado a", font=body, fill="black", anchor="ms")
            draw.text((width / 2, 90 * px), name, font=big, fill="black", anchor="ms")
            draw.text((width / 2, 102 * px), organization, font=body, fill="black", anchor="ms")
            draw.text((width / 2, 122 * px), event.title_es[:60], font=body, fill="#1c5438", anchor="ms")
            draw.text((width / 2, 137 * px), certpdf.event_phrase(event, "es"), font=body, fill="black", anchor="ms")
            qr = qrcode.make(text, error_correction=qrcode.constants.ERROR_CORRECT_Q, border=0).convert("RGB")
            qr = qr.resize((round(36 * px), round(36 * px)), Image.Resampling.NEAREST)
            page.paste(qr, (round(243 * px), round(144 * px)))
            scratch = folder / f"page-{number}.jpg"  # one file a page: ReportLab reuses an image by file name
            page.save(scratch, "JPEG", quality=85)
            c.drawImage(str(scratch), 0, 0, certpdf.PAGE_W, certpdf.PAGE_H)
            c.showPage()
        c.save()

    seconds, _ = timed(run)
    return seconds, out.stat().st_size


# ---- verifying -------------------------------------------------------------------------------------------


def verify_ms(folder: Path) -> tuple[float, float, str]:
    """(median ms to verify a scanned text against the register, median ms to read a 150-dpi PDF page, verdict)."""
    store = make_event(folder, 50, seed=7)
    pdf = folder / "verify.pdf"
    certpdf.run_to_end(certpdf.print_certificates(store, pdf, participant_ids=[store.participants()[0].id]))
    texts = [register.sign(store, c, keys.load_signing_key(register.key_folder(), c.kid))
             for c in register.certificates(store)]
    verifier = verification.Verifier.for_event(store)
    verdicts = []
    times = []
    for _ in range(20):
        for text in texts:
            seconds, answer = timed(verifier.check, text)
            times.append(seconds * 1000)
            verdicts.append(answer.verdict)
    decode = []
    for _ in range(5):
        seconds, text = timed(certpdf.scan_file, pdf)
        decode.append(seconds * 1000)
        assert verifier.check(text).verdict == "valid"
    store.close()
    return statistics.median(times), statistics.median(decode), ",".join(sorted(set(verdicts)))


# ---- the table -------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--baseline-pages", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-certs-") as tmp:
        folder = Path(tmp)
        os.environ[register.KEY_DIR_ENV] = str(folder / "keys")
        base_store = make_event(folder, args.baseline_pages, seed=99)
        rows = _texts(base_store, None)
        event = base_store.event
        ours_runs, files_runs, widget_runs, pillow_runs = [], [], [], []
        for seed in range(args.runs):  # interleaved rounds; one PDF and files swap places each round
            if seed % 2:
                files_runs.append(ours_files(folder, args.pages, seed))
                ours_runs.append(ours(folder, args.pages, seed))
            else:
                ours_runs.append(ours(folder, args.pages, seed))
                files_runs.append(ours_files(folder, args.pages, seed))
            widget_runs.append(reportlab_widget(folder, rows, event))
            pillow_runs.append(pillow_template(folder, rows, event))
        base_store.close()
        verify, decode, verdicts = verify_ms(folder)

    def summary(runs: list[tuple[float, int]], pages: int) -> tuple[float, float, float]:
        seconds = statistics.median(r[0] for r in runs)
        size = statistics.median(r[1] for r in runs)
        rate = pages / seconds
        return rate, args.pages / rate, size / pages * args.pages

    ours_rate, ours_s, ours_bytes = summary(ours_runs, args.pages)
    files_rate, files_s, files_bytes = summary(files_runs, args.pages)
    round_speedups = [args.pages / o[0] / max(args.baseline_pages / w[0], args.baseline_pages / p[0])
                      for o, w, p in zip(ours_runs, widget_runs, pillow_runs)]
    files_ratio = files_s / ours_s
    round_ratios = [f[0] / o[0] for f, o in zip(files_runs, ours_runs)]
    widget_rate, widget_s, widget_bytes = summary(widget_runs, args.baseline_pages)
    pillow_rate, pillow_s, pillow_bytes = summary(pillow_runs, args.baseline_pages)
    faster = max(widget_rate, pillow_rate)
    speedup = ours_rate / faster
    n = args.pages

    def mb(value: float) -> str:
        return f"{value / 1e6:.2f} MB"

    print(f"Certificates: {n} pages into one PDF, median of {args.runs} runs "
          f"(the usual ways measured on {args.baseline_pages} pages and scaled)")
    print(f"{'method':<40} {'pages/s':>9}  {f'time for {n}':>14}  {f'size for {n}':>14}  {'per page':>9}")
    for label, rate, seconds, size in (
        ("ours (forms + vector QR path)", ours_rate, ours_s, ours_bytes),
        (f"ours as {n} files (--out-dir)", files_rate, files_s, files_bytes),
        ("ReportLab QrCodeWidget", widget_rate, widget_s, widget_bytes),
        ("Pillow raster template + qrcode image", pillow_rate, pillow_s, pillow_bytes),
    ):
        print(f"{label:<40} {rate:>9.1f}  {seconds:>12.2f} s  {mb(size):>14}  {size / n / 1000:>6.1f} KB")
    print()
    checks = [
        (f"time for {n} pages", f"{ours_s:.2f} s", f"<= {TIME_GOAL_S:.0f} s", ours_s <= TIME_GOAL_S),
        (f"size for {n} pages", mb(ours_bytes), f"<= {SIZE_GOAL_MB:.0f} MB", ours_bytes / 1e6 <= SIZE_GOAL_MB),
        ("speed-up over the faster usual way", f"{speedup:.1f}x", f">= {SPEEDUP_GOAL:.0f}x", speedup >= SPEEDUP_GOAL),
        (f"{n} files / one PDF", f"{files_ratio:.2f}x", f"<= {FILES_GOAL}x", files_ratio <= FILES_GOAL),
        ("verify a scanned text", f"{verify:.2f} ms", f"<= {VERIFY_GOAL_MS:.0f} ms", verify <= VERIFY_GOAL_MS),
        ("read a 150-dpi PDF page (pdftoppm+zxing)", f"{decode:.0f} ms", f"<= {DECODE_GOAL_MS:.0f} ms",
         decode <= DECODE_GOAL_MS),
    ]
    print(f"{'measure':<42} {'figure':>12} {'goal':>10}  met")
    for label, figure, goal, met in checks:
        print(f"{label:<42} {figure:>12} {goal:>10}  {'yes' if met else 'NO'}")
    print(f"(speed-up of each round: {', '.join(f'{x:.1f}x' for x in round_speedups)}; files / one PDF of each "
          f"round: {', '.join(f'{x:.2f}x' for x in round_ratios)}; "
          f"verdicts seen while timing verification: {verdicts})")


if __name__ == "__main__":
    main()
