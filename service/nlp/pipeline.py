"""The extraction pipeline: article text (+ metadata) → Extraction, batched with nlp.pipe."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import cast

import msgspec
from spacy.tokens import Doc

from service.nlp.dates import find_time_expressions, infer_publication_date
from service.nlp.events import extract_events, merge_within_article
from service.nlp.kb import KnowledgeBase, get_kb
from service.nlp.kb.gazetteer import refine
from service.nlp.language import SUPPORTED_LANGUAGES, detect_language
from service.nlp.linking import link_mentions
from service.nlp.ner import doc_mentions, load_model
from service.nlp.quotes import extract_statements
from service.nlp.remarks import date_remarks
from service.nlp.types import Extraction, Mention, Precision

# Bump whenever a change alters the output: stored rows carry it, so re-extraction knows what
# is stale.
EXTRACTOR_VERSION = "2026.12.07.18"
# Text in an undetermined language is parsed with this model rather than not at all.
FALLBACK_LANGUAGE = "en"


class ArticleText(msgspec.Struct, frozen=True, kw_only=True):
    """An article body with the metadata the stages may use."""

    body: str
    language: str | None = None
    published: dt.date | None = None
    published_precision: str | None = None
    title: str | None = None


Analysis = tuple[Doc, str, tuple[Mention, ...]]


class Pipeline:
    """Runs the stages over articles; models and the KB are loaded on first use."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self._kb = kb
        # spaCy pipelines are not safe to run from several threads at once (POST handlers run
        # extraction in worker threads), so single-article extraction is serialised.
        self._extracting = threading.Lock()

    @property
    def kb(self) -> KnowledgeBase:
        """The knowledge base used for linking."""
        if self._kb is None:
            self._kb = get_kb()
        return self._kb

    @staticmethod
    def language_of(article: ArticleText) -> tuple[str, bool]:
        """The article's language and whether it was inferred from the text."""
        if article.language:
            return article.language, False
        return detect_language(article.body), True

    def _mentions(self, doc: Doc, article: ArticleText) -> tuple[Mention, ...]:
        raw = refine(doc, doc_mentions(doc), self.kb)
        return link_mentions(article.body, raw, published=article.published, kb=self.kb)

    @staticmethod
    def dated(
        article: ArticleText,
        language: str,
        *,
        near_years: Sequence[int] = (),
        doc: Doc | None = None,
    ) -> tuple[ArticleText, bool]:
        """The article with its publication date, inferred from the text when metadata lacks it.

        Returns the (possibly completed) article and whether the date was inferred. Dating comes
        before linking because "the Russian president" depends on when the article was written.
        `near_years` are years known from outside the text (the dated articles loaded with it),
        used only when the text mentions no year to choose among the weekday's candidates.
        """
        if article.published is not None:
            return article, False
        found = infer_publication_date(article.body, language, near_years=near_years, doc=doc)
        if found is None:
            return article, False
        published, precision = found
        completed = msgspec.structs.replace(
            article, published=published, published_precision=precision
        )
        return completed, True

    def analyse(self, article: ArticleText) -> Analysis:
        """The parsed Doc, the language and the linked mentions of one article."""
        return next(self.analyse_many([article]))

    def analyse_many(
        self, articles: Iterable[ArticleText], *, batch_size: int = 16
    ) -> Iterator[Analysis]:
        """Analyse articles in order, parsing each batch with nlp.pipe per language."""
        for _, _, doc, language, mentions in self._analysed(articles, batch_size):
            yield doc, language, mentions

    def _analysed(
        self, articles: Iterable[ArticleText], batch_size: int, near_years: Sequence[int] = ()
    ) -> Iterator[tuple[ArticleText, bool, Doc, str, tuple[Mention, ...]]]:
        iterator = iter(articles)
        while batch := list(itertools.islice(iterator, batch_size)):
            languages = [self.language_of(article)[0] for article in batch]
            model_languages = [
                code if code in SUPPORTED_LANGUAGES else FALLBACK_LANGUAGE for code in languages
            ]
            docs: list[Doc | None] = [None] * len(batch)
            for code in dict.fromkeys(model_languages):
                indexes = [i for i, lang in enumerate(model_languages) if lang == code]
                texts = (batch[i].body for i in indexes)
                parsed = load_model(code).pipe(texts, batch_size=batch_size)
                for index, doc in zip(indexes, parsed, strict=True):
                    docs[index] = doc
            years = sorted(
                {a.published.year for a in batch if a.published is not None} | set(near_years)
            )
            for article, language, parsed_doc in zip(batch, languages, docs, strict=True):
                assert parsed_doc is not None  # every index belongs to one language group
                dated, inferred = self.dated(article, language, near_years=years, doc=parsed_doc)
                yield dated, inferred, parsed_doc, language, self._mentions(parsed_doc, dated)

    def extract(self, article: ArticleText, *, near_years: Sequence[int] = ()) -> Extraction:
        """Everything the pipeline extracts from one article."""
        with self._extracting:
            return next(self.extract_many([article], near_years=near_years))

    def extract_many(
        self,
        articles: Iterable[ArticleText],
        *,
        batch_size: int = 16,
        near_years: Sequence[int] = (),
    ) -> Iterator[Extraction]:
        """Extractions for many articles, in order, batched through the spaCy models.

        `near_years` are years known from outside the texts (the corpus they join): with the
        years of the batch's dated articles they pick the year of an undated weekday + date.
        """
        analysed = self._analysed(articles, batch_size, near_years)
        for dated, inferred, doc, language, mentions in analysed:
            yield self._build(dated, inferred, doc, language, mentions)

    @staticmethod
    def _build(
        article: ArticleText,
        inferred: bool,
        doc: Doc,
        language: str,
        mentions: tuple[Mention, ...],
    ) -> Extraction:
        # Every stage reads the one parse, so nothing is parsed twice.
        published = article.published
        times = find_time_expressions(doc, language=language, published=published)
        events = extract_events(doc, mentions, times, language=language, published=published)
        statements = extract_statements(doc, mentions, language=language, published=published)
        statements, remarks = date_remarks(doc, statements, times)
        events = merge_within_article([*events, *remarks])
        return Extraction(
            extractor_version=EXTRACTOR_VERSION,
            language=language,
            language_inferred=not article.language,
            published=published,
            published_precision=_precision(article.published_precision),
            published_inferred=inferred,
            mentions=mentions,
            times=tuple(times),
            events=tuple(events),
            statements=tuple(statements),
        )


def _precision(value: str | None) -> Precision | None:
    return cast(Precision, value) if value in ("day", "month", "year") else None


_lock = threading.Lock()


@functools.cache
def _shared() -> Pipeline:
    return Pipeline()


def get_pipeline() -> Pipeline:
    """The process-wide pipeline (models and KB load lazily on first extraction)."""
    with _lock:
        return _shared()
