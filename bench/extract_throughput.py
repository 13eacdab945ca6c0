"""Extraction throughput and memory on articles of the 55k corpus (kept outside the repo).

Usage: .venv/bin/python -m bench.extract_throughput [--n 1000] [--data ../shared/data/...]
Prints articles/second per batch (median over batches), overall, and resident memory.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import psutil

from service.ingest.corpus import read_paths
from service.nlp.pipeline import ArticleText, get_pipeline

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared/data/news_en_fr_55k.jsonl.gz"


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()

    # Every 55th article: both languages and all sources, not just the first file's head.
    articles = []
    for index, item in enumerate(read_paths([args.data])):
        if item.article is not None and index % 55 == 0:
            a = item.article
            articles.append(ArticleText(body=a.body, language=a.language, published=a.published))
        if len(articles) == args.n:
            break
    process = psutil.Process()
    rss_before = process.memory_info().rss
    pipeline = get_pipeline()
    started = time.perf_counter()
    # Load both models (and the KB) before timing: one article of each language.
    for language in ("en", "fr"):
        pipeline.extract(next(a for a in articles if a.language == language))
    load_seconds = time.perf_counter() - started
    rss_loaded = process.memory_info().rss
    rates = []
    counts = {"mentions": 0, "statements": 0, "events": 0}
    total_start = time.perf_counter()
    for offset in range(0, len(articles), args.batch):
        batch = articles[offset : offset + args.batch]
        t0 = time.perf_counter()
        for extraction in pipeline.extract_many(batch):
            counts["mentions"] += len(extraction.mentions)
            counts["statements"] += len(extraction.statements)
            counts["events"] += len(extraction.events)
        rates.append(len(batch) / (time.perf_counter() - t0))
    total = time.perf_counter() - total_start
    languages = {lang: sum(1 for a in articles if a.language == lang) for lang in ("en", "fr")}
    print(f"articles: {len(articles)} {languages}, chars: {sum(len(a.body) for a in articles)}")
    print(f"model load: {load_seconds:.1f} s")
    print(
        f"throughput: median {statistics.median(rates):.1f} articles/s over {len(rates)} "
        f"batches of {args.batch}; overall {len(articles) / total:.1f} articles/s"
    )
    print(f"extracted: {counts}")
    print(
        f"resident memory: {rss_before / 2**20:.0f} MiB before models, "
        f"{rss_loaded / 2**20:.0f} MiB with models loaded, "
        f"{process.memory_info().rss / 2**20:.0f} MiB after the run"
    )


if __name__ == "__main__":
    main()
