"""Quality of the whole service, measured through the HTTP API on annotated articles.

`heldout` and `heldout_quotes` hold articles that no rule was written against: their floors are
the ones that count.
Run with `-s` to see the figures.
"""

from __future__ import annotations

import httpx
import pytest

from tests.eval.harness import load_documents, post_documents, score_entities, score_statements

# Floors a little below the figures measured when they were set (see the issue notes).
FLOORS = {
    # Measured: mentions P 0.986 R 0.963, found 0.993, consistent 0.947, 1 split; direct
    # quotes right speaker en 0.959 fr 0.918, real en 0.978 fr 0.958.
    "corpus": {
        "mention_p": 0.95,
        "mention_r": 0.93,
        "found": 0.95,
        "consistent": 0.90,
        "split": 2,
        "quote_r_en": 0.91,
        "quote_r_fr": 0.87,
        "quote_p": 0.93,
    },
    # Measured: mentions P 0.972 R 0.972, found 0.984, consistent 0.951, 1 split; direct
    # quotes right speaker en 0.925 fr 0.746, real en 0.944 fr 0.931.
    "heldout": {
        "mention_p": 0.93,
        "mention_r": 0.93,
        "found": 0.93,
        "consistent": 0.90,
        "split": 2,
        "quote_r_en": 0.89,
        "quote_r_fr": 0.70,
        "quote_p": 0.92,
    },
}


@pytest.mark.slow
@pytest.mark.parametrize("folder", ["corpus", "heldout"])
async def test_service_quality(client: httpx.AsyncClient, folder: str) -> None:
    docs = load_documents(folder, seeds=folder == "heldout")
    ids = await post_documents(client, docs)
    entities = await score_entities(client, docs, ids)
    floors = FLOORS[folder]
    lines = [
        f"[{folder}] {len(docs)} articles",
        f"mentions: precision {entities.precision:.3f} recall {entities.recall:.3f} "
        f"({entities.matched}/{entities.predicted} predicted, {entities.gold} annotated)",
        f"entities mentioned twice or more: {entities.entities}, found "
        f"{entities.found / entities.entities:.3f}, every spelling to one entity "
        f"{entities.consistent / entities.entities:.3f}, split: {entities.split}",
    ]
    quotes = {}
    for language in ("en", "fr"):
        quotes[language] = await score_statements(client, docs, ids, language)
        q = quotes[language]
        lines.append(
            f"direct quotes [{language}]: right speaker {q.recall:.3f} "
            f"({q.found_with_speaker}/{q.gold_direct}), real {q.precision:.3f} "
            f"({q.returned_real}/{q.returned_direct}), speaker named by the annotated words "
            f"{q.found_with_words}/{q.gold_direct}"
        )
    print("\n" + "\n".join(lines))
    assert entities.precision >= floors["mention_p"]
    assert entities.recall >= floors["mention_r"]
    assert entities.found / entities.entities >= floors["found"]
    assert entities.consistent / entities.entities >= floors["consistent"]
    assert len(entities.split) <= floors["split"]
    for language, q in quotes.items():
        assert q.recall >= floors[f"quote_r_{language}"] and q.precision >= floors["quote_p"]


# Direct quotations only, on the quotation sets (see tests/eval/quotes*/README.md):
# `quotes` is a development set, `heldout_quotes` was only ever measured. Measured when set:
# quotes right speaker en 0.917 fr 0.722 (its third batch, French, first measured 0.580; its
# fourth and fifth, English, 0.842 and 0.812; its sixth en 0.864 fr 0.658), real en 0.998 fr
# 0.908; heldout_quotes right speaker en 0.756 fr 0.663, real en 0.978 fr 0.951. Re-measured
# at the end of the session of 2026-12-06: quotes en 0.926 fr 0.738, real en 0.998 fr 0.909;
# with the seventh batch (first measured en 0.765 fr 0.645): en 0.900 fr 0.723. At the end of
# the session of 2026-12-07: quotes en 0.909 fr 0.764, real en 0.996 fr 0.914; heldout_quotes
# en 0.756 fr 0.680, real en 0.978 fr 0.951. With the eighth batch (first measured en 0.852 fr
# 0.722), at the end of the session of 2026-12-07 (second): quotes en 0.918 fr 0.780, real en
# 0.995 fr 0.924; heldout_quotes en 0.778 fr 0.680, real unchanged. With the ninth batch (first
# measured en 0.936 fr 0.621; 16 of its 24 articles French): quotes en 0.919 fr 0.760. With
# the tenth (first measured en 0.821 fr 0.560): quotes en 0.912 fr 0.762. With the eleventh
# (first measured en 0.941 fr 0.640), at the end of the session of 2026-12-07 (third): quotes
# en 0.926 fr 0.763, real en 0.995 fr 0.924; heldout_quotes en 0.778 fr 0.685, real en 0.978
# fr 0.951.
QUOTE_FLOORS = {
    "quotes": {"quote_r_en": 0.89, "quote_r_fr": 0.74, "quote_p": 0.88},
    "heldout_quotes": {"quote_r_en": 0.74, "quote_r_fr": 0.67, "quote_p": 0.93},
}


@pytest.mark.slow
@pytest.mark.parametrize("folder", ["quotes", "heldout_quotes"])
async def test_quotation_quality(client: httpx.AsyncClient, folder: str) -> None:
    docs = load_documents(folder)
    ids = await post_documents(client, docs)
    floors = QUOTE_FLOORS[folder]
    lines = [f"[{folder}] {len(docs)} articles"]
    for language in ("en", "fr"):
        q = await score_statements(client, docs, ids, language)
        lines.append(
            f"direct quotes [{language}]: right speaker {q.recall:.3f} "
            f"({q.found_with_speaker}/{q.gold_direct}), real {q.precision:.3f} "
            f"({q.returned_real}/{q.returned_direct}), speaker named by the annotated words "
            f"{q.found_with_words}/{q.gold_direct}"
        )
        assert q.recall >= floors[f"quote_r_{language}"] and q.precision >= floors["quote_p"]
    print("\n" + "\n".join(lines))
