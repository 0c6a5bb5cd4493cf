"""Writers wait their turn: desks checking people in on one event file at the same time.

Run: .venv/bin/python benchmarks/bench_concurrency.py [--per-process 1000] [--sync-entries 20000]

1. Three processes x N check-ins of different people on one file, all started together: how many
   were recorded, how many raised, and how many people hold two standing check-ins of one day
   (doubles). Goal: 3N recorded, 0 errors, 0 doubles.
2. The same three processes racing to check in the SAME N people (day 2): N recorded, 2N told
   "already checked in", 0 errors, 0 doubles.
3. The window's arrangement: a background sync merging a journal of M entries from another desk on
   its own connection (as ui/desks/sync_controller does) while the desk keeps checking people in on
   its connection: every check-in recorded; the slowest one is printed (goal: 200 ms).

Each of 1 and 3 is run a second time in the same go with the old deferred BEGIN (the baseline the
issue measured: 329 of 3,000 recorded), so the figures are side by side.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import multiprocessing
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlite_utils import Database

from innovact_desk.store import event as event_module
from innovact_desk.store.event import EventStore
from innovact_desk.sync.folder import clone, sync

DAYS = [date(2026, 3, 5), date(2026, 3, 6)]


@contextlib.contextmanager
def deferred_begin(enabled: bool):
    """The baseline: a plain (deferred) BEGIN, as the program had before."""
    if not enabled:
        yield
        return
    saved_atomic = event_module._Database.atomic
    saved_transaction = EventStore.transaction
    event_module._Database.atomic = Database.atomic

    @contextlib.contextmanager
    def transaction(self):
        with self.db.atomic():
            yield

    EventStore.transaction = transaction
    try:
        yield
    finally:
        event_module._Database.atomic = saved_atomic
        EventStore.transaction = saved_transaction


def make_event(folder: Path, people: int) -> tuple[Path, list[str]]:
    path = folder / "desk.event"
    store = EventStore.create(path, title_es="Bench", tz="UTC", dates=DAYS, desk_name="Mesa 1")
    with store.transaction():
        store.add_participants([{"name": f"Persona {i:05d}", "document": f"{10_000_000 + i}"} for i in range(people)])
    ids = [p.id for p in store.participants()]
    store.close()
    return path, ids


def _worker(path: str, ids: list[str], day: int, deferred: bool, barrier, results) -> None:
    with deferred_begin(deferred):
        store = EventStore.open(path)
        recorded = already = 0
        errors: dict[str, int] = {}
        barrier.wait()
        for participant_id in ids:
            try:
                result = store.check_in(participant_id, day)
            except Exception as exc:  # what the desk would have shown as a failure  # noqa: BLE001
                errors[str(exc)[:60]] = errors.get(str(exc)[:60], 0) + 1
                continue
            if result.status == "checked_in":
                recorded += 1
            else:
                already += 1
        store.close()
    results.put((recorded, already, errors))


def processes(path: Path, slices: list[list[str]], day: int, deferred: bool) -> dict:
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(len(slices))
    results = ctx.Queue()
    workers = [ctx.Process(target=_worker, args=(str(path), ids, day, deferred, barrier, results)) for ids in slices]
    began = time.perf_counter()
    for w in workers:
        w.start()
    outcome = [results.get() for _ in workers]
    for w in workers:
        w.join()
    seconds = time.perf_counter() - began
    errors: dict[str, int] = {}
    for _, _, e in outcome:
        for k, v in e.items():
            errors[k] = errors.get(k, 0) + v
    return {"recorded": sum(o[0] for o in outcome), "already": sum(o[1] for o in outcome),
            "errors": sum(errors.values()), "error_kinds": errors, "doubles": doubles(path, day),
            "rows": checkin_rows(path, day), "seconds": seconds}


def doubles(path: Path, day: int) -> int:
    with EventStore.open(path) as store:
        return store.db.execute(
            "SELECT count(*) FROM (SELECT participant_id FROM checkins WHERE day = ? AND kind = 'checkin' "
            "GROUP BY participant_id HAVING count(*) > 1)", [day]).fetchone()[0]


def checkin_rows(path: Path, day: int) -> int:
    with EventStore.open(path) as store:
        return store.db.execute("SELECT count(*) FROM checkins WHERE day = ?", [day]).fetchone()[0]


def during_sync(folder: Path, entries: int, deferred: bool) -> dict:
    """A desk checking people in while its window's background sync merges `entries` from another desk."""
    path, ids = make_event(folder, max(entries // 2, 2000))
    with EventStore.open(path) as first:
        other = clone(first, folder / "other.event", "Mesa 2")
    stick = folder / "stick"
    stick.mkdir()
    with EventStore.open(other) as desk2:
        start = datetime(2026, 3, 5, 8, tzinfo=UTC)
        with desk2.transaction():
            for i in range(entries):
                desk2.check_in(ids[i % len(ids)], 1 + (i // len(ids)) % 2, at=start + timedelta(seconds=i))
        sync(desk2, stick)
    done = threading.Event()
    sync_error: list[str] = []

    def background() -> None:
        with deferred_begin(deferred):
            store = EventStore.open(path)  # the worker's own connection
            try:
                sync(store, stick)
            except Exception as exc:  # noqa: BLE001
                sync_error.append(str(exc))
            finally:
                store.close()
                done.set()

    desk = EventStore.open(path)
    # The desk's window has been open a while: its connection made its first change already (that first
    # change runs PRAGMA quick_check, timed apart: it is not a wait behind the sync).
    began = time.perf_counter()
    desk.check_in(ids[0], 2)
    first_write_ms = (time.perf_counter() - began) * 1000
    waits: list[float] = []
    failures = 0
    # Every attempt writes: a check-in on day 2, and once everyone is in, an undo, then a check-in again.
    attempts = ((pid, lap) for lap in itertools.count() for pid in reversed(ids[1:]))
    with deferred_begin(deferred):
        thread = threading.Thread(target=background)
        thread.start()
        while not done.is_set():
            participant_id, lap = next(attempts)
            began = time.perf_counter()
            try:
                if lap % 2:
                    desk.undo_checkin(participant_id, 2, "benchmark")
                else:
                    desk.check_in(participant_id, 2)
            except Exception:  # noqa: BLE001
                failures += 1
            waits.append(time.perf_counter() - began)
        thread.join()
    desk.close()
    waits.sort()
    return {"attempted": len(waits), "failed": failures, "slowest_ms": waits[-1] * 1000 if waits else 0,
            "p50_ms": waits[len(waits) // 2] * 1000 if waits else 0, "sync_error": sync_error,
            "first_write_ms": first_write_ms}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-process", type=int, default=1000)
    parser.add_argument("--sync-entries", type=int, default=20_000)
    args = parser.parse_args()
    n = args.per_process
    for deferred in (False, True):
        label = "deferred BEGIN (before)" if deferred else "BEGIN IMMEDIATE (now)"
        with tempfile.TemporaryDirectory() as tmp:
            path, ids = make_event(Path(tmp), 3 * n)
            apart = processes(path, [ids[i * n:(i + 1) * n] for i in range(3)], 1, deferred)
            same = processes(path, [ids[:n]] * 3, 2, deferred)
        print(f"{label}")
        print(f"  3 processes x {n} check-ins of different people: recorded {apart['recorded']} of {3 * n}, "
              f"errors {apart['errors']}, doubles {apart['doubles']}, rows {apart['rows']} "
              f"({apart['seconds']:.1f} s)")
        if apart["error_kinds"]:
            print(f"    errors: {apart['error_kinds']}")
        print(f"  3 processes x the same {n} people: recorded {same['recorded']}, already {same['already']}, "
              f"errors {same['errors']}, doubles {same['doubles']}, rows {same['rows']}")
        with tempfile.TemporaryDirectory() as tmp:
            window = during_sync(Path(tmp), args.sync_entries, deferred)
        print(f"  check-ins during a {args.sync_entries}-entry sync: {window['attempted']} tried, "
              f"{window['failed']} failed; slowest {window['slowest_ms']:.0f} ms, median {window['p50_ms']:.1f} ms "
              f"(the connection's first change, with its quick_check, before the sync: {window['first_write_ms']:.0f} ms)"
              + (f"; the sync failed: {window['sync_error'][0][:60]}" if window["sync_error"] else ""))


if __name__ == "__main__":
    main()
