"""`make bench`: the performance benchmarks of issue 8, one after another (each prints its own figures).

Reliability scripts (bench/load.py, bench/faults.py) and the 100k import (bench/import_100k.py) are run on their
own: see bench/README.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["accuracy.py", "throughput.py", "latency.py", "badge_latency.py"]


def main() -> int:
    failed = 0
    for script in SCRIPTS:
        print(f"\n== bench/{script} ==", flush=True)
        failed |= subprocess.run([sys.executable, str(HERE / script)], cwd=HERE.parent).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
