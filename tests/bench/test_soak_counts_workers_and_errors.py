"""bench/soak.py: the workers' memory is read from /proc for the master's own children
only, and the summary counts every error and compares each journey with the floor."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location(
    "bench_soak", Path(__file__).resolve().parents[2] / "bench" / "soak.py"
)
soak = importlib.util.module_from_spec(spec)
spec.loader.exec_module(soak)


def test_the_workers_are_the_masters_children_with_their_rss():
    started = "import sys, time; print('ready', flush=True); time.sleep(30)"
    child = subprocess.Popen([sys.executable, "-c", started], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline() == "ready\n"  # the interpreter is loaded (not a fork yet)
        assert child.pid in soak.worker_pids(os.getpid())
        assert os.getpid() not in soak.worker_pids(os.getpid())
        assert soak.rss_kb(child.pid) > 1000  # a Python interpreter: megabytes
        assert child.pid in soak.memory_snapshot(os.getpid())
    finally:
        child.kill()
        child.wait()
    assert child.pid not in soak.worker_pids(os.getpid())


class FakeClient:
    def __init__(self, timings, errors):
        self.timings, self.errors = timings, errors


def test_summary_and_goals():
    fast = [0.010] * 100
    clients = [
        FakeClient({"floor": fast, "overview": [0.020] * 100}, []),
        FakeClient(
            {"goal": fast, "kpi": fast, "save": fast, "upload": [0.050] * 100, "export": fast},
            ["upload POST /x/: 500, not 302"],
        ),
    ]
    rows = {row["journey"]: row for row in soak.summarise(clients, wall=10.0)}
    assert rows["floor"]["ratio_p95"] == 1.0
    assert round(rows["overview"]["ratio_p95"], 6) == 2.0
    assert round(rows["upload"]["ratio_p95"], 6) == 5.0
    assert rows["upload"]["errors"] == 1 and rows["overview"]["errors"] == 0
    assert rows["save form page"]["requests"] == 0
    memory = {"growth": 0.05}
    result = {"errors": 1, "journeys": list(rows.values()), "memory": memory}
    assert soak.goals_met(result) == {"errors": False, "p95": False, "memory": True}
    clients[1].timings["upload"] = fast
    clients[1].errors.clear()
    result["journeys"] = soak.summarise(clients, wall=10.0)
    result["errors"], memory["growth"] = 0, 0.12
    assert soak.goals_met(result) == {"errors": True, "p95": True, "memory": False}
