"""Roster benchmark: import and search on synthetic rosters of 1k, 10k and 100k people.

Not a test: it prints its figures. Run `make bench`, or

    .venv/bin/python benchmarks/bench_roster.py [--sizes 1000,10000,100000] [--queries 200] [--cli-runs 7]

For each size it writes a seeded, realistic roster as CSV (Spanish names with accents, organizations,
emails, 8-digit DNIs), then
- imports it into a fresh event file with `import_roster` (goal at 100k: 15 s or less);
- runs about 200 desk-like queries through `store.search(q, limit=50)` (goal at 100k: p95 of 50 ms or less);
- times the command line `python main.py search EVENT TEXT --json` against the same command on an
  empty event, the two taking turns (goal: at most 50 ms slower than on the empty event).
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from innovact_desk.roster.importer import import_roster
from innovact_desk.store.event import EventStore

IMPORT_GOAL_S = 15.0  # at 100k
SEARCH_P95_GOAL_MS = 50.0  # at 100k
CLI_EXTRA_GOAL_MS = 50.0  # at 100k, over an empty event

GIVEN = (
    "José", "María", "Jesús", "Andrés", "Sofía", "Camila", "Valentina", "Martín", "Lucía", "Ángel", "Raúl",
    "Inés", "Héctor", "Óscar", "Iñaki", "Nicolás", "Mónica", "Verónica", "Germán", "Joaquín", "Julián",
    "Cristián", "Rubén", "Simón", "Tomás", "Adrián", "Sebastián", "Dayana", "Wilder", "Milagros", "Rosa",
    "Pedro", "Juan", "Carlos", "Luis", "Ana", "Carmen", "Elena", "Diego", "Gabriel", "Pilar", "Noemí",
    "Maricielo", "Yolanda", "Fernando", "Alejandra", "Daniela", "Paola", "Jhon", "Yesenia", "Edwin", "Liz",
    "Gonzalo", "Ramón", "Zoila", "Efraín", "Belén", "Agustín", "Ximena", "Jazmín", "Nelly", "Teófilo",
)
SURNAMES = (
    "Quispe", "Mamani", "Huamán", "Flores", "Sánchez", "Rodríguez", "García", "Gómez", "Pérez", "López",
    "Núñez", "Peña", "Zúñiga", "Arévalo", "Córdova", "Londoño", "Ramírez", "Panaifo", "Saldaña", "Ocampo",
    "Chávez", "Vásquez", "Díaz", "Ríos", "Muñoz", "Gutiérrez", "Hernández", "Jiménez", "Martínez", "Álvarez",
    "Castañeda", "Ibáñez", "Tapullima", "Shapiama", "Yumbato", "Ahuanari", "Pinedo", "Del Águila", "Tuesta",
    "Rengifo", "Vela", "Grández", "Murayari", "Tananta", "Cárdenas", "Ordóñez", "Benítez", "Cahuaza",
    "Montoya", "Restrepo", "Valencia", "Agudelo", "Osorio", "Cuéllar", "Guzmán", "Mejía", "Sinarahua",
)
ORGANIZATIONS = (
    "Instituto de Investigaciones de la Amazonía Peruana", "Gobierno Regional de Loreto", "Instituto SINCHI",
    "Cámara de Comercio de Iquitos", "CITE Productivo Maynas", "Universidad Nacional de la Amazonía Peruana",
    "Alcaldía de Leticia", "Cancillería de Colombia", "Ministerio de Relaciones Exteriores del Perú",
    "Cooperativa Agraria Cacaotera de Caballococha", "Asociación de Piscicultores de Loreto", "SENA Amazonas",
    "Universidad Nacional de Colombia, sede Amazonía", "INIA Estación El Dorado", "PROMPERÚ",
    "Municipalidad Provincial de Maynas", "Gobernación del Amazonas", "Asociación de Productores de Camu Camu",
    "Red de Mujeres Emprendedoras de Belén", "Comunidad Nativa Santa Rita", "Mincetur", "Sierra y Selva Exportadora",
)
DOMAINS = ("gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "iiap.gob.pe", "sinchi.org.co", "unapiquitos.edu.pe")
HEADER = ("Nombres", "Apellidos", "Tipo de documento", "Número de documento", "Institución", "País",
          "Rol", "Correo electrónico", "Teléfono")


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def write_roster(path: Path, size: int, seed: int = 2026) -> None:
    """`size` distinct people: a unique 8-digit DNI and a unique email each."""
    rng = random.Random(seed + size)
    dnis = rng.sample(range(10_000_000, 100_000_000), size)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(HEADER)
        for i, dni in enumerate(dnis):
            given = rng.choice(GIVEN) + (f" {rng.choice(GIVEN)}" if rng.random() < 0.35 else "")
            surnames = f"{rng.choice(SURNAMES)} {rng.choice(SURNAMES)}"
            user = ascii_fold(f"{given.split()[0]}.{surnames.split()[0]}").lower().replace(" ", "")
            email = f"{user}{i}@{rng.choice(DOMAINS)}"
            country = rng.choice(("Perú", "Perú", "Colombia", "Brasil"))
            role = "Ponente" if rng.random() < 0.03 else "Participante"
            phone = f"+51 9{rng.randrange(10**8):08d}"
            out.writerow((given, surnames, "DNI", dni, rng.choice(ORGANIZATIONS), country, role, email, phone))


def vary(rng: random.Random, text: str) -> str:
    """What a person types: sometimes without accents, sometimes in capitals."""
    if rng.random() < 0.5:
        text = ascii_fold(text)
    pick = rng.random()
    return text.upper() if pick < 0.2 else text.lower() if pick < 0.7 else text


def make_queries(rng: random.Random, dnis: list[str], codes: list[str], count: int) -> list[str]:
    """Desk-like searches: short prefixes, surnames, two words, document and badge code prefixes."""
    fixed = ["quis", "Quispe mar", "QUISPE MARÍA", "nunez", "Peña", "pena jo", "jose", "José Luis", "sof", "iñ"]
    kinds = (
        lambda: rng.choice(SURNAMES + GIVEN)[: rng.randint(1, 3)],
        lambda: rng.choice(SURNAMES + GIVEN)[: rng.randint(4, 8)],
        lambda: f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)[: rng.randint(2, 4)]}",
        lambda: f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}",
        lambda: rng.choice(rng.choice(ORGANIZATIONS).split()[:2])[:5],
        lambda: rng.choice(dnis)[: rng.randint(3, 8)],
        lambda: rng.choice(codes)[: rng.randint(4, 12)],
    )
    queries = [vary(rng, q) for q in fixed]
    while len(queries) < count:
        queries.append(vary(rng, rng.choice(kinds)()))
    return queries


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def cli_search_ms(events: list[Path], text: str, runs: int) -> list[float]:
    """Median wall time of `python main.py search EVENT TEXT --json` for each event.

    The events take turns, run after run, so a machine busy for a moment slows them alike;
    one warm-up round comes first.
    """
    times: list[list[float]] = [[] for _ in events]
    for i in range(runs + 1):
        for event, spent in zip(events, times):
            argv = [sys.executable, str(ROOT / "main.py"), "search", str(event), text, "--json"]
            start = time.perf_counter()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
            if i:
                spent.append((time.perf_counter() - start) * 1000)
    return [statistics.median(spent) for spent in times]


def bench_size(size: int, folder: Path, query_count: int, cli_runs: int, empty: Path) -> dict:
    roster = folder / f"roster-{size}.csv"
    write_roster(roster, size)
    event = folder / f"bench-{size}.event"
    store = EventStore.create(event, title_es="Bench", tz="America/Lima")
    try:
        start = time.perf_counter()
        report = import_roster(store, str(roster))
        import_s = time.perf_counter() - start

        rng = random.Random(size)
        with roster.open(encoding="utf-8") as handle:
            dnis = [row[3] for row in csv.reader(handle)][1:]
        codes = [p.code for q in ("a", "m", "q", "s") for p in store.search(q, limit=10).participants]
        queries = make_queries(rng, dnis, codes, query_count)
        times, hits = [], 0
        for q in queries:
            start = time.perf_counter()
            found = store.search(q, limit=50)
            times.append((time.perf_counter() - start) * 1000)
            hits += bool(found.total)
    finally:
        store.close()
    cli_ms, empty_cli_ms = cli_search_ms([event, empty], "quispe mar", cli_runs)
    return {
        "size": size, "added": report.added, "import_s": import_s, "rows_per_s": size / import_s,
        "median_ms": statistics.median(times), "p95_ms": percentile(times, 0.95), "max_ms": max(times),
        "queries": len(queries), "with_hits": hits, "cli_ms": cli_ms, "empty_cli_ms": empty_cli_ms,
        "cli_extra_ms": cli_ms - empty_cli_ms,
    }


def print_table(rows: list[dict]) -> None:
    print()
    print(f"{'people':>8} {'import s':>9} {'rows/s':>8} {'search median ms':>17} {'p95 ms':>7} {'max ms':>7} "
          f"{'hits':>8} {'CLI search ms':>14} {'empty ms':>9} {'extra ms':>9}")
    for r in rows:
        print(f"{r['size']:>8,} {r['import_s']:>9.2f} {r['rows_per_s']:>8,.0f} {r['median_ms']:>17.2f} "
              f"{r['p95_ms']:>7.2f} {r['max_ms']:>7.1f} {r['with_hits']:>4}/{r['queries']:<3} "
              f"{r['cli_ms']:>14.1f} {r['empty_cli_ms']:>9.1f} {r['cli_extra_ms']:>+9.1f}")


def check_goals(rows: list[dict]) -> list[str]:
    """The goals apply at 100k people; smaller runs are only shown."""
    misses = []
    for r in rows:
        if r["size"] < 100_000:
            continue
        if r["import_s"] > IMPORT_GOAL_S:
            misses.append(f"import of {r['size']:,}: {r['import_s']:.1f} s (goal {IMPORT_GOAL_S:.0f} s)")
        if r["p95_ms"] > SEARCH_P95_GOAL_MS:
            misses.append(f"search p95 at {r['size']:,}: {r['p95_ms']:.1f} ms (goal {SEARCH_P95_GOAL_MS:.0f} ms)")
        if r["cli_extra_ms"] > CLI_EXTRA_GOAL_MS:
            misses.append(f"CLI search at {r['size']:,}: {r['cli_extra_ms']:+.1f} ms over an empty event "
                          f"(goal {CLI_EXTRA_GOAL_MS:+.0f} ms)")
    return misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", help="roster sizes, comma-separated")
    parser.add_argument("--queries", type=int, default=200, help="searches per size")
    parser.add_argument("--cli-runs", type=int, default=7, help="timed command-line runs per event")
    parser.add_argument("--dir", help="keep the rosters and event files in this folder (default: a temporary one)")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]

    with tempfile.TemporaryDirectory(prefix="innovact-bench-") as tmp:
        folder = Path(args.dir) if args.dir else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        empty = folder / "bench-empty.event"
        for old in folder.glob("bench-empty.event*"):
            old.unlink()
        EventStore.create(empty, title_es="Empty", tz="America/Lima").close()
        rows = []
        for size in sizes:
            for old in folder.glob(f"bench-{size}.event*"):
                old.unlink()
            print(f"{size:,} people ...", flush=True)
            rows.append(bench_size(size, folder, args.queries, args.cli_runs, empty))
        print_table(rows)

    misses = check_goals(rows)
    print()
    if misses:
        print("Over the goal:")
        for miss in misses:
            print(f"  {miss}")
        print("  profile with: .venv/bin/python -m cProfile -s cumtime benchmarks/bench_roster.py --sizes 100000")
    elif any(r["size"] >= 100_000 for r in rows):
        print("All goals met at 100k (import <= 15 s, search p95 <= 50 ms, CLI search <= +50 ms).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
