"""Whole-service triage throughput (HTTP + storage + triage) against a bare MiniLM baseline, in one run.

    python bench/throughput.py [--messages 2000] [--batch 50]

The bare baseline only tokenises and runs all-MiniLM-L6-v2 through transformers on the same texts (batches of 32,
the tokenizer's defaults, torch.no_grad): the cost of "just run the model on everything".
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench.datasets import templated, varied  # noqa: E402
from bench.service import running_service  # noqa: E402


def bare_model_rate(texts: list[str], batch: int = 32) -> float:
    import torch
    from transformers import AutoModel, AutoTokenizer

    from server.triage.embedder import bundled_model_path

    path = bundled_model_path()
    tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    model = AutoModel.from_pretrained(str(path), local_files_only=True).eval()
    start = time.perf_counter()
    with torch.no_grad():
        for i in range(0, len(texts), batch):
            encoded = tokenizer(texts[i : i + batch], padding=True, truncation=True, return_tensors="pt")
            model(**encoded)
    return len(texts) / (time.perf_counter() - start)


def service_rate(messages: list[dict], batch: int) -> float:
    import httpx

    with running_service() as (base, token):
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=120) as client:
            start = time.perf_counter()
            for i in range(0, len(messages), batch):
                r = client.post("/v1/messages", json={"messages": messages[i : i + batch]})
                r.raise_for_status()
            return len(messages) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=50)
    args = parser.parse_args()
    for name, messages in (("varied", varied(args.messages)), ("repeated templates (60)", templated(args.messages))):
        texts = [m["text"] for m in messages]
        bare = bare_model_rate(texts)
        service = service_rate(messages, args.batch)
        print(f"{name:>24}: service {service:8.1f} msg/s | bare MiniLM {bare:7.1f} msg/s | ratio {service / bare:5.1f}x")


if __name__ == "__main__":
    main()
