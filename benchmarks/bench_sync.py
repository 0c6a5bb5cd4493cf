"""Merging three desks of 10k check-ins each (goal: ≤ 2 s), with journals through a folder; and a desk
that receives one journal of a million lines (first sync, then a sync with nothing new, which must cost the
same whatever the journal's length: each journal is read from where the last sync left it).

Run: .venv/bin/python benchmarks/bench_sync.py [--checkins 10000] [--runs 3]
     .venv/bin/python benchmarks/bench_sync.py --journal-lines 1000000
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


def big_journal(lines_count: int) -> None:
    """One desk's journal of `lines_count` check-ins, written as the program writes them (encrypted, sealed),
    then received by another desk: the first sync, then one with nothing new."""
    import resource

    from innovact_desk.store import journals
    from innovact_desk.sync import lines as journal_lines

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        first = EventStore.create(folder / "a.event", title_es="Bench", tz="UTC", desk_name="Mesa 1")
        with first.transaction():
            people = [first.add_participant({"name": f"Persona {i}"}).id for i in range(5000)]
        clone(first, folder / "b.event", "Mesa 2")
        stick = folder / "stick"
        (stick / first.event.id).mkdir(parents=True)
        began = time.perf_counter()
        desk, event_id = first.self_desk.id, first.event.id
        aead = journal_lines.line_key(journals.sync_key(first))
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        signer = Ed25519PrivateKey.from_private_bytes(journals.own_desk_key(first))
        public = __import__("base64").b64encode(journal_lines.public_raw(signer)).decode()
        start = datetime(2026, 3, 5, 8, tzinfo=UTC)
        with open(stick / event_id / f"{desk}.journal", "wb") as handle:
            for base in range(0, lines_count, journal_lines.SEAL_EVERY):
                body = []
                for i in range(base, min(lines_count, base + journal_lines.SEAL_EVERY)):
                    at = (start + timedelta(milliseconds=i)).isoformat()
                    uid = f"{i:08x}-0000-4000-8000-{i:012x}"
                    body.append(journal_lines.encrypt(aead, event_id, desk, {
                        "v": 2, "id": uid, "desk_name": "Mesa 1", "kind": "checkin",
                        "hlc": f"{1772697600000 + i:013d}.00000.{desk}",
                        "data": {"id": uid, "participant_id": people[i % len(people)], "day": 1 + i % 2, "at": at,
                                 "desk_id": desk, "desk_name": "Mesa 1", "kind": "checkin", "recorded_at": at}}))
                body.append(journal_lines.seal(aead, event_id, desk, signer, body, public))
                handle.write(b"\n".join(body) + b"\n")
        size = (stick / event_id / f"{desk}.journal").stat().st_size
        print(f"a journal of {lines_count:,} lines ({size / 1e6:.0f} MB) written in {time.perf_counter() - began:.1f} s")
        first.close()
        second = EventStore.open(folder / "b.event")
        began = time.perf_counter()
        report = sync(second, stick)
        print(f"  first sync: received {report.received:,} in {time.perf_counter() - began:.1f} s; "
              f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        idle = []
        for _ in range(3):
            began = time.perf_counter()
            again = sync(second, stick)
            idle.append(time.perf_counter() - began)
            assert again.received == 0
        print(f"  a sync with nothing new (median of 3): {statistics.median(idle) * 1000:.0f} ms")
        second.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checkins", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--journal-lines", type=int, default=0, help="the big-journal benchmark instead")
    args = parser.parse_args()
    if args.journal_lines:
        big_journal(args.journal_lines)
        return
    runs = [one_run(args.checkins) for _ in range(args.runs)]
    merge = statistics.median(r[0] for r in runs)
    idle = statistics.median(r[1] for r in runs)
    print(f"three desks x {args.checkins} check-ins; one desk receives {runs[0][2]} entries")
    print(f"  merge (median of {args.runs}): {merge:.2f} s   goal <= 2 s")
    print(f"  a second sync, nothing new:   {idle:.2f} s")


if __name__ == "__main__":
    main()
