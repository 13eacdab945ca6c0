"""entity, entity_alias, mention: the entity catalogue and where each entity is named.

Revision ID: 0002_entity_mention
Revises: 0001_article
Create Date: 2026-11-23
"""

from alembic import op

revision = "0002_entity_mention"
down_revision = "0001_article"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.execute(
        """
        CREATE TABLE entity (
            id text NOT NULL,
            key text NOT NULL,
            name text NOT NULL,
            type text NOT NULL,
            wikidata_id text,
            mention_count integer NOT NULL DEFAULT 0,
            article_count integer NOT NULL DEFAULT 0,
            extractor_version text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT entity_pkey PRIMARY KEY (id),
            CONSTRAINT entity_key_key UNIQUE (key),
            CONSTRAINT entity_type_check
                CHECK (type IN ('person', 'organization', 'location', 'other'))
        )
        """
    )
    op.execute("CREATE INDEX entity_popularity_idx ON entity (mention_count DESC, id DESC)")
    op.execute("CREATE INDEX entity_wikidata_id_idx ON entity (wikidata_id)")
    op.execute(
        """
        CREATE TABLE entity_alias (
            entity_id text NOT NULL,
            text text NOT NULL,
            normalised text NOT NULL,
            language text NOT NULL,
            CONSTRAINT entity_alias_pkey PRIMARY KEY (entity_id, text, language),
            CONSTRAINT entity_alias_entity_id_fkey FOREIGN KEY (entity_id)
                REFERENCES entity (id) ON DELETE CASCADE
        )
        """
    )
    op.execute(
        "CREATE INDEX entity_alias_normalised_trgm_idx ON entity_alias "
        "USING gin (normalised gin_trgm_ops)"
    )
    op.execute("CREATE INDEX entity_alias_normalised_idx ON entity_alias (normalised)")
    op.execute(
        """
        CREATE TABLE mention (
            article_id text NOT NULL,
            start integer NOT NULL,
            "end" integer NOT NULL,
            entity_id text NOT NULL,
            text text NOT NULL,
            extractor_version text NOT NULL,
            CONSTRAINT mention_pkey PRIMARY KEY (article_id, start),
            CONSTRAINT mention_article_id_fkey FOREIGN KEY (article_id)
                REFERENCES article (id) ON DELETE CASCADE,
            CONSTRAINT mention_entity_id_fkey FOREIGN KEY (entity_id)
                REFERENCES entity (id) ON DELETE CASCADE,
            CONSTRAINT mention_offsets_check CHECK (start >= 0 AND "end" > start)
        )
        """
    )
    op.execute("CREATE INDEX mention_entity_id_idx ON mention (entity_id, article_id)")


def downgrade() -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.execute("DROP TABLE mention")
    op.execute("DROP TABLE entity_alias")
    op.execute("DROP TABLE entity")
