"""Latency of a 50-message batch on a warm service (one client, then 16 concurrent) and the service's memory.

    python bench/latency.py [--requests 100]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import httpx  # noqa: E402

from bench.datasets import varied  # noqa: E402
from bench.service import rss_mb, running_service  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def batches(messages: list[dict], size: int = 50) -> list[list[dict]]:
    return [messages[i : i + size] for i in range(0, len(messages), size)]


def timed_post(client: httpx.Client, batch: list[dict]) -> float:
    start = time.perf_counter()
    client.post("/v1/messages", json={"messages": batch}).raise_for_status()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()
    # Warm-up traffic and measured traffic are different messages: every measured batch is new work.
    messages = varied(50 * (2 * args.requests + 10), seed=5)
    work = batches(messages)
    with running_service(with_process=True) as (base, token, proc):
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=base, headers=headers, timeout=120) as client:
            for batch in work[:10]:
                timed_post(client, batch)
            print(f"service RSS after warm-up: {rss_mb(proc.pid):.0f} MB")
            one = [timed_post(client, batch) for batch in work[10 : 10 + args.requests]]
        print(f"1 client   (50-message batches): p50 {percentile(one, 50):6.0f} ms  p95 {percentile(one, 95):6.0f} ms  "
              f"p99 {percentile(one, 99):6.0f} ms  mean {statistics.mean(one):6.0f} ms")
        rest = work[10 + args.requests :]

        def worker(batch: list[dict]) -> float:
            with httpx.Client(base_url=base, headers=headers, timeout=300) as c:
                return timed_post(c, batch)

        with ThreadPoolExecutor(16) as pool:
            many = list(pool.map(worker, rest))
        print(f"16 clients (50-message batches): p50 {percentile(many, 50):6.0f} ms  p95 {percentile(many, 95):6.0f} ms  "
              f"p99 {percentile(many, 99):6.0f} ms  mean {statistics.mean(many):6.0f} ms")
        print(f"service RSS after the run:  {rss_mb(proc.pid):.0f} MB")


if __name__ == "__main__":
    main()
