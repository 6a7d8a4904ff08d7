"""Calibration of the goal challenge ranking (M2/M5) on the real bundle, all areas.

For all 290 kommuner and all 21 regions in one year (default 2022) it prints
the calibration goals of DESIGN §4 M5 next to what they ask:

- major challenges ("stor utmaning") per area: median (goal 3–5 of 17) and quartiles;
- the share of areas for which each goal is the #1 challenge (goal: none above 25 %
  unless an absolute target explains it);
- (area, goal) pairs ranked "stor utmaning" while most of their KPIs are green
  (goal: 0, or each explained on the page);
- per goal, the share of areas far from a policy target on one of its KPIs
  (shown on the pages apart from the level, so not a calibration goal).

    .venv/bin/python bench/calibration.py [--year 2022] [--bundle DIR] [--json]
"""

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from styra.analysis.calibration import Calibration, analyse_every_area, calibrate  # noqa: E402
from styra.cli.analyse import load_bundle  # noqa: E402
from styra.kolada.bundle import default_bundle_path  # noqa: E402

TYPES = {"K": "kommuner", "L": "regioner"}


def report(kind: str, c: Calibration) -> list[str]:
    goal, top = c.top_first
    q1, q3 = c.majors_quartiles
    ranked = sorted(c.first_share.items(), key=lambda item: -item[1])
    firsts = ", ".join(f"{g}: {100 * s:.0f} %" for g, s in ranked if s > 0)
    far_goals = sorted(c.far_share.items(), key=lambda item: -item[1])
    far = ", ".join(f"mål {g} {100 * s:.0f} %" for g, s in far_goals if s > 0) or "inga"
    return [
        f"{TYPES[kind]} ({c.n_areas})",
        f"  stora utmaningar per område: median {c.majors_median:g} "
        f"(kvartiler {q1:g}–{q3:g})   mål: median 3–5",
        f"  vanligaste #1: mål {goal} för {100 * top:.0f} % av områdena   mål: högst 25 %",
        f"  #1 per mål: {firsts}",
        f"  stor utmaning fast de flesta nyckeltal är gröna: {c.green_majors}   mål: 0",
        f"  långt från ett politiskt mål (visas skilt från nivån): {far}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year", type=int, default=2022)
    parser.add_argument("--bundle", default=str(default_bundle_path()))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    data = load_bundle(args.bundle)
    frames = data["values"], data["catalog"], data["areas"]
    results = {kind: calibrate(analyse_every_area(*frames, kind, args.year)) for kind in TYPES}
    if args.json:
        print(json.dumps({k: c.__dict__ for k, c in results.items()}, default=str, indent=1))
        return
    print(f"Kalibrering av målens utmaning (M2/M5), år {args.year}")
    for kind, c in results.items():
        print("\n".join(report(kind, c)))
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
