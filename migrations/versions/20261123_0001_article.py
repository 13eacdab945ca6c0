"""article: the corpus, with language-aware full-text search.

Revision ID: 0001_article
Revises:
Create Date: 2026-11-23
"""

from alembic import op

revision = "0001_article"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    # Accent-insensitive stemming configurations: "Pekin" finds "Pékin".
    for name, base in (("newsgraph_en", "english"), ("newsgraph_fr", "french")):
        op.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{base})")
        op.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR "
            f"hword, hword_part, word WITH unaccent, {base}_stem"
        )
    op.execute("CREATE TEXT SEARCH CONFIGURATION newsgraph_simple (COPY = pg_catalog.simple)")
    op.execute(
        "ALTER TEXT SEARCH CONFIGURATION newsgraph_simple ALTER MAPPING FOR "
        "hword, hword_part, word WITH unaccent, simple"
    )
    op.execute(
        """
        CREATE FUNCTION newsgraph_ts_config(language text) RETURNS regconfig
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT CASE language
                WHEN 'en' THEN 'newsgraph_en'::regconfig
                WHEN 'fr' THEN 'newsgraph_fr'::regconfig
                ELSE 'newsgraph_simple'::regconfig
            END
        $$
        """
    )
    # Prefix-matched stems: Snowball stems "pourparlers" to "pourparler" but "pourparler" to
    # "pourparl", so exact stem equality would miss the plural from the singular query.
    op.execute(
        r"""
        CREATE FUNCTION newsgraph_query(config regconfig, q text) RETURNS tsquery
        LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
            SELECT regexp_replace(websearch_to_tsquery(config, q)::text,
                                  $re$('(?:[^']|'')+')$re$, '\1:*', 'g')::tsquery
        $fn$
        """
    )
    op.execute(
        """
        CREATE TABLE article (
            id text NOT NULL,
            title text,
            body text NOT NULL,
            language text NOT NULL,
            language_inferred boolean NOT NULL DEFAULT false,
            published date,
            published_precision text,
            published_inferred boolean NOT NULL DEFAULT false,
            source text,
            url text,
            content_sha256 text NOT NULL,
            word_count integer NOT NULL,
            extractor_version text,
            ingested_at timestamptz NOT NULL DEFAULT now(),
            search tsvector GENERATED ALWAYS AS (
                to_tsvector(newsgraph_ts_config(language), coalesce(title, '') || ' ' || body)
            ) STORED,
            CONSTRAINT article_pkey PRIMARY KEY (id),
            CONSTRAINT article_content_sha256_key UNIQUE (content_sha256),
            CONSTRAINT article_published_precision_check
                CHECK (published_precision IN ('day', 'month', 'year')),
            CONSTRAINT article_published_precision_present_check
                CHECK ((published IS NULL) = (published_precision IS NULL)),
            CONSTRAINT article_language_check CHECK (language ~ '^([a-z]{2,3}|und)$')
        )
        """
    )
    op.execute("CREATE INDEX article_search_idx ON article USING gin (search)")
    # Newest first with a stable tie-breaker: the keyset order of GET /v1/articles.
    op.execute(
        "CREATE INDEX article_published_id_idx ON article "
        "((coalesce(published, '-infinity'::date)) DESC, id DESC)"
    )
    op.execute("CREATE INDEX article_language_idx ON article (language)")
    op.execute("CREATE INDEX article_source_idx ON article (source)")


def downgrade() -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.execute("DROP TABLE article")
    op.execute("DROP FUNCTION newsgraph_query(regconfig, text)")
    op.execute("DROP FUNCTION newsgraph_ts_config(text)")
    for name in ("newsgraph_en", "newsgraph_fr", "newsgraph_simple"):
        op.execute(f"DROP TEXT SEARCH CONFIGURATION {name}")
    op.execute("DROP EXTENSION IF EXISTS unaccent")
    op.execute("DROP EXTENSION IF EXISTS pg_trgm")
