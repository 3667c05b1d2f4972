"""Whole-service triage throughput (HTTP + storage + triage) against a bare MiniLM baseline, in one run.

    python bench/throughput.py [--messages 2000] [--batches 50,500] [--chunks 4]

Each inbox is posted twice, once per batch size: 50 messages per POST (a screenful, as the extension sends them) and
500 (the API's largest batch, as a client syncing a backlog sends them).

The bare baseline only tokenises and runs all-MiniLM-L6-v2 through transformers on the same texts (batches of 32,
the tokenizer's defaults, torch.no_grad, PyTorch's default threads): the cost of "just run the model on everything".
The service is a real `inchdeep serve` (one worker, SQLite, the shipped model) fed by one client posting batches,
warmed up first as the bare model is (one batch of made-up messages from another user: nothing of the measured inbox).

This machine's speed drifts (a shared VM: the same Python loop takes 0.22 s or 0.41 s from one minute to the next),
so the two are measured in alternation: the messages are cut into `--chunks` consecutive parts, and each part is
run through the bare model and then through the service. Each side's rate is its messages over its summed time.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench.datasets import templated, varied  # noqa: E402
from bench.service import running_service  # noqa: E402


class BareModel:
    """Tokenise + forward pass with transformers, nothing else."""

    def __init__(self) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        from server.triage.embedder import bundled_model_path

        path = bundled_model_path()
        self.torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        self.model = AutoModel.from_pretrained(str(path), local_files_only=True).eval()
        self.seconds(["warm up the first call"])

    def seconds(self, texts: list[str], batch: int = 32) -> float:
        start = time.perf_counter()
        with self.torch.no_grad():
            for i in range(0, len(texts), batch):
                encoded = self.tokenizer(texts[i : i + batch], padding=True, truncation=True, return_tensors="pt")
                self.model(**encoded)
        return time.perf_counter() - start


def service_seconds(client, messages: list[dict], batch: int) -> float:  # noqa: ANN001
    start = time.perf_counter()
    for i in range(0, len(messages), batch):
        client.post("/v1/messages", json={"messages": messages[i : i + batch]}).raise_for_status()
    return time.perf_counter() - start


def compare(name: str, messages: list[dict], bare: BareModel, batch: int, chunks: int) -> None:
    import httpx

    size = -(-len(messages) // chunks)
    bare_time = service_time = 0.0
    with running_service(warm_up=True) as (base, token):
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=120) as client:
            for start in range(0, len(messages), size):
                part = messages[start : start + size]
                bare_time += bare.seconds([m["text"] for m in part])
                service_time += service_seconds(client, part, batch)
    service_rate, bare_rate = len(messages) / service_time, len(messages) / bare_time
    print(f"{name:>24}, {batch:>3} per POST: service {service_rate:8.1f} msg/s | bare MiniLM {bare_rate:7.1f} msg/s | "
          f"ratio {service_rate / bare_rate:5.1f}x", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--batches", default="50,500", help="messages per POST, comma-separated (50: a screenful; 500: the API's maximum)")
    parser.add_argument("--chunks", type=int, default=4, help="alternations between the bare model and the service")
    args = parser.parse_args()
    bare = BareModel()
    for name, messages in (("varied", varied(args.messages)), ("repeated templates (60)", templated(args.messages))):
        for batch in (int(b) for b in args.batches.split(",")):
            compare(name, messages, bare, batch, args.chunks)


if __name__ == "__main__":
    main()
