"""statement, statement_about: who said what, about whom, where in which article.

Revision ID: 0003_statement
Revises: 0002_entity_mention
Create Date: 2026-11-23
"""

from alembic import op

revision = "0003_statement"
down_revision = "0002_entity_mention"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.execute(
        """
        CREATE TABLE statement (
            id text NOT NULL,
            article_id text NOT NULL,
            start integer NOT NULL,
            "end" integer NOT NULL,
            text text NOT NULL,
            kind text NOT NULL,
            speaker_entity_id text,
            speaker_text text,
            cue text,
            language text NOT NULL,
            date date,
            extractor_version text NOT NULL,
            search tsvector GENERATED ALWAYS AS (
                to_tsvector(newsgraph_ts_config(language), text)
            ) STORED,
            CONSTRAINT statement_pkey PRIMARY KEY (id),
            CONSTRAINT statement_article_id_fkey FOREIGN KEY (article_id)
                REFERENCES article (id) ON DELETE CASCADE,
            CONSTRAINT statement_speaker_entity_id_fkey FOREIGN KEY (speaker_entity_id)
                REFERENCES entity (id) ON DELETE SET NULL,
            CONSTRAINT statement_kind_check CHECK (kind IN ('direct', 'indirect')),
            CONSTRAINT statement_offsets_check CHECK (start >= 0 AND "end" > start)
        )
        """
    )
    op.execute("CREATE INDEX statement_article_id_idx ON statement (article_id, start)")
    op.execute("CREATE INDEX statement_speaker_idx ON statement (speaker_entity_id, date)")
    op.execute("CREATE INDEX statement_date_idx ON statement (date, id)")
    op.execute("CREATE INDEX statement_search_idx ON statement USING gin (search)")
    op.execute(
        """
        CREATE TABLE statement_about (
            statement_id text NOT NULL,
            entity_id text NOT NULL,
            CONSTRAINT statement_about_pkey PRIMARY KEY (statement_id, entity_id),
            CONSTRAINT statement_about_statement_id_fkey FOREIGN KEY (statement_id)
                REFERENCES statement (id) ON DELETE CASCADE,
            CONSTRAINT statement_about_entity_id_fkey FOREIGN KEY (entity_id)
                REFERENCES entity (id) ON DELETE CASCADE
        )
        """
    )
    op.execute("CREATE INDEX statement_about_entity_id_idx ON statement_about (entity_id)")


def downgrade() -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.execute("DROP TABLE statement_about")
    op.execute("DROP TABLE statement")
