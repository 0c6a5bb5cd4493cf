"""Merging three desks of 10k check-ins each (goal: ≤ 2 s), with journals through a folder.

Run: .venv/bin/python benchmarks/bench_sync.py [--checkins 10000] [--runs 3]
Prints the time for one desk to receive the other two desks' journals (median of the runs).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from innovact_desk.store.event import EventStore
from innovact_desk.sync.folder import clone, sync


def one_run(checkins: int) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        days = [datetime(2026, 3, 5).date() + timedelta(days=i) for i in range(8)]
        first = EventStore.create(folder / "a.event", title_es="Bench", tz="UTC", dates=days, desk_name="Mesa 1")
        people_count = checkins // 4 + 1
        with first.transaction():
            people = [first.add_participant({"name": f"Persona {i}"}).id for i in range(people_count)]
        clone(first, folder / "b.event", "Mesa 2")
        clone(first, folder / "c.event", "Mesa 3")
        desks = [first, EventStore.open(folder / "b.event"), EventStore.open(folder / "c.event")]
        stick = folder / "stick"
        stick.mkdir()
        start = datetime(2026, 3, 5, 8, tzinfo=UTC)
        for n, desk in enumerate(desks):
            with desk.transaction():
                for i in range(checkins):
                    person = people[(i + n * 7) % len(people)]
                    desk.check_in(person, 1 + (i // len(people) + n) % 8, at=start + timedelta(seconds=i))
            sync(desk, stick)  # writes its journal
        began = time.perf_counter()
        report = sync(desks[0], stick)
        merge_time = time.perf_counter() - began
        began = time.perf_counter()
        again = sync(desks[0], stick)
        idle_time = time.perf_counter() - began
        assert again.received == 0
        for desk in desks:
            desk.close()
        return merge_time, idle_time, report.received


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checkins", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = [one_run(args.checkins) for _ in range(args.runs)]
    merge = statistics.median(r[0] for r in runs)
    idle = statistics.median(r[1] for r in runs)
    print(f"three desks x {args.checkins} check-ins; one desk receives {runs[0][2]} entries")
    print(f"  merge (median of {args.runs}): {merge:.2f} s   goal <= 2 s")
    print(f"  a second sync, nothing new:   {idle:.2f} s")


if __name__ == "__main__":
    main()
