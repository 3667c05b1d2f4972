"""Imports a generated 100,000-message LinkedIn export and reports time and peak memory (RSS).

    python bench/import_100k.py [--messages 100000] [--no-model]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--no-model", action="store_true", help="signal-only triage (INCHDEEP_USE_MODEL=false)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="inchdeep-import-bench-") as tmp:
        export = Path(tmp) / "linkedin-export.zip"
        subprocess.run([sys.executable, "-m", "server.importers.generate", "--messages", str(args.messages), "--out", str(export)],
                       check=True, capture_output=True)
        url = f"sqlite:///{Path(tmp) / 'import.sqlite3'}"
        env = os.environ | {"INCHDEEP_DATA_DIR": tmp, "INCHDEEP_USE_MODEL": "false" if args.no_model else "true"}
        subprocess.run([str(BIN / "inchdeep"), "user", "create", "bench", "--database-url", url], env=env, check=True, capture_output=True)
        start = time.perf_counter()
        result = subprocess.run([str(BIN / "inchdeep"), "import", "linkedin", str(export), "--user", "bench", "--database-url", url],
                                env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(result.stdout.strip())
        if result.returncode:
            print(result.stderr.strip())
            sys.exit(result.returncode)
        print(f"export: {export.stat().st_size / 1e6:.1f} MB zip, {args.messages} messages; "
              f"import took {elapsed:.0f} s ({args.messages / elapsed:.0f} msg/s), peak RSS {peak_mb:.0f} MB "
              f"({'signals only' if args.no_model else 'learned model'})")


if __name__ == "__main__":
    main()
