"""A check-in shown as confirmed is on disk: kill the process at any moment and nothing confirmed is lost."""

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from innovact_desk.store.event import EventStore

ROOT = Path(__file__).resolve().parents[2]

WORKER = """
import sys
sys.path.insert(0, {root!r})
from innovact_desk.store.event import EventStore
store = EventStore.open({path!r})
people = [p.id for p in store.participants()]
day = int(sys.argv[1])
for pid in people:
    result = store.check_in(pid, day)
    print(result.checkin.id, flush=True)  # the desk shows it as confirmed only now
"""


def test_killed_desk_loses_no_confirmed_checkin(tmp_path):
    path = tmp_path / "e.event"
    with EventStore.create(path, title_es="Curso", tz="UTC", dates=None) as store, store.transaction():
        for i in range(400):
            store.add_participant({"name": f"Persona {i}"})
    script = tmp_path / "worker.py"
    script.write_text(WORKER.format(root=str(ROOT), path=str(path)))
    rng = random.Random(7)
    confirmed: list[str] = []
    for round_ in range(12):
        day = 1 + round_ % 2
        proc = subprocess.Popen([sys.executable, str(script), str(day)], stdout=subprocess.PIPE, text=True)
        # Kill it after a random number of confirmations, however fast or slow this machine is
        # (the kill lands while it writes the next one).
        kill_after = rng.randint(3, 30)
        for line in proc.stdout:
            confirmed.append(line.strip())
            kill_after -= 1
            if kill_after == 0:
                os.kill(proc.pid, signal.SIGKILL)
                break
        out, _ = proc.communicate()
        confirmed += [line for line in out.splitlines() if len(line) == 36]
        assert proc.returncode == -signal.SIGKILL  # killed mid-work, not finished
    with EventStore.open(path) as store:
        assert store.integrity_ok()
        stored = {r[0] for r in store.db.execute("SELECT id FROM checkins")}
        # a check-in confirmed in an earlier round is reported again as the standing one: same id
        assert set(confirmed) <= stored
        per_day = store.db.execute("SELECT day, count(*), count(DISTINCT participant_id) FROM checkins GROUP BY day")
        for _day, rows, people in per_day:
            assert rows == people  # nothing doubled
