"""event, event_participant, event_report: one event, however many articles report it.

Revision ID: 0004_event
Revises: 0003_statement
Create Date: 2026-11-23
"""

from alembic import op

revision = "0004_event"
down_revision = "0003_statement"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.execute(
        """
        CREATE TABLE event (
            id text NOT NULL,
            type text NOT NULL,
            title text NOT NULL,
            start date,
            "end" date,
            precision text,
            location_entity_id text,
            extractor_version text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT event_pkey PRIMARY KEY (id),
            CONSTRAINT event_location_entity_id_fkey FOREIGN KEY (location_entity_id)
                REFERENCES entity (id) ON DELETE SET NULL,
            CONSTRAINT event_precision_check CHECK (precision IN ('day', 'month', 'year')),
            CONSTRAINT event_dates_check CHECK ("end" IS NULL OR start IS NULL OR "end" >= start)
        )
        """
    )
    op.execute("CREATE INDEX event_start_idx ON event ((coalesce(start, 'infinity'::date)), id)")
    op.execute("CREATE INDEX event_type_idx ON event (type)")
    op.execute("CREATE INDEX event_location_idx ON event (location_entity_id)")
    op.execute(
        """
        CREATE TABLE event_participant (
            event_id text NOT NULL,
            entity_id text NOT NULL,
            CONSTRAINT event_participant_pkey PRIMARY KEY (event_id, entity_id),
            CONSTRAINT event_participant_event_id_fkey FOREIGN KEY (event_id)
                REFERENCES event (id) ON DELETE CASCADE,
            CONSTRAINT event_participant_entity_id_fkey FOREIGN KEY (entity_id)
                REFERENCES entity (id) ON DELETE CASCADE
        )
        """
    )
    op.execute("CREATE INDEX event_participant_entity_id_idx ON event_participant (entity_id)")
    op.execute(
        """
        CREATE TABLE event_report (
            event_id text NOT NULL,
            article_id text NOT NULL,
            start integer NOT NULL,
            "end" integer NOT NULL,
            text text NOT NULL,
            language text NOT NULL,
            trigger text NOT NULL,
            extractor_version text NOT NULL,
            CONSTRAINT event_report_pkey PRIMARY KEY (event_id, article_id),
            CONSTRAINT event_report_event_id_fkey FOREIGN KEY (event_id)
                REFERENCES event (id) ON DELETE CASCADE,
            CONSTRAINT event_report_article_id_fkey FOREIGN KEY (article_id)
                REFERENCES article (id) ON DELETE CASCADE,
            CONSTRAINT event_report_offsets_check CHECK (start >= 0 AND "end" > start)
        )
        """
    )
    op.execute("CREATE INDEX event_report_article_id_idx ON event_report (article_id)")


def downgrade() -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.execute("DROP TABLE event_report")
    op.execute("DROP TABLE event_participant")
    op.execute("DROP TABLE event")
