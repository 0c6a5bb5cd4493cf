"""How much an event file weighs against the roster it was imported from.

Run: .venv/bin/python benchmarks/bench_growth.py [--size 100000]

Writes bench_roster's seeded roster of SIZE people as CSV, imports it into a fresh event file,
checkpoints, and prints the CSV's size, the event file's size, their ratio, and what the file's
space goes to (SQLite's dbstat), biggest first. Before this program kept each person once, the
journal and the audit log each held a JSON copy of every imported person (16x in the issue).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_roster import write_roster

from innovact_desk.roster.importer import import_roster
from innovact_desk.store.event import EventStore


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "roster.csv"
        write_roster(csv_path, args.size)
        event = Path(tmp) / "bench.event"
        store = EventStore.create(event, title_es="Bench", tz="UTC")
        began = time.perf_counter()
        report = import_roster(store, str(csv_path))
        seconds = time.perf_counter() - began
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        csv_size, event_size = csv_path.stat().st_size, event.stat().st_size
        conn = sqlite3.connect(event)
        parts = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
        conn.close()
    print(f"{args.size} people ({report.added} added) imported in {seconds:.1f} s")
    print(f"  CSV {csv_size / 1e6:.1f} MB -> event file {event_size / 1e6:.1f} MB: {event_size / csv_size:.1f}x")
    for name, size in parts[:10]:
        print(f"    {name:32s} {size / 1e6:7.1f} MB")


if __name__ == "__main__":
    main()
