-- name: existing_hashes
SELECT content_sha256 FROM article WHERE content_sha256 = ANY($1::text[]);

-- name: insert_article
INSERT INTO article (id, title, body, language, language_inferred, published,
                     published_precision, published_inferred, source, url, content_sha256,
                     word_count, extractor_version)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
ON CONFLICT (content_sha256) DO NOTHING
RETURNING id;

-- name: article_id_by_hash
SELECT id FROM article WHERE content_sha256 = $1;

-- name: entity_by_key
SELECT id FROM entity WHERE key = $1;

-- name: entity_candidates
-- Entities of the same type whose aliases look like the name (trigram similarity).
SELECT DISTINCT e.id, e.key, e.name, e.type, e.wikidata_id
FROM entity_alias AS a
JOIN entity AS e ON e.id = a.entity_id
WHERE a.normalised % $1 AND e.type = $2 AND e.key LIKE 'name:%'
LIMIT 20;

-- name: insert_entity
INSERT INTO entity (id, key, name, type, wikidata_id, extractor_version)
VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (key) DO NOTHING;

-- name: insert_alias
INSERT INTO entity_alias (entity_id, text, normalised, language)
VALUES ($1, $2, $3, $4)
ON CONFLICT DO NOTHING;

-- name: delete_mentions
DELETE FROM mention WHERE article_id = $1;

-- name: insert_mention
INSERT INTO mention (article_id, start, "end", entity_id, text, extractor_version)
VALUES ($1, $2, $3, $4, $5, $6);

-- name: refresh_entity_counts
UPDATE entity AS e
SET mention_count = c.mentions, article_count = c.articles
FROM (
    SELECT x.id, count(m.entity_id) AS mentions, count(DISTINCT m.article_id) AS articles
    FROM unnest($1::text[]) AS x(id)
    LEFT JOIN mention AS m ON m.entity_id = x.id
    GROUP BY x.id
) AS c
WHERE e.id = c.id;

-- name: insert_statement
INSERT INTO statement (id, article_id, start, "end", text, kind, speaker_entity_id,
                       speaker_text, cue, language, date, extractor_version)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
ON CONFLICT (id) DO NOTHING;

-- name: insert_statement_about
INSERT INTO statement_about (statement_id, entity_id) VALUES ($1, $2)
ON CONFLICT DO NOTHING;

-- name: delete_statements
DELETE FROM statement WHERE article_id = $1;

-- name: event_candidates
-- Events that share a participant or the place and whose dates could overlap the window.
SELECT ev.id, ev.type, ev.title, ev.start, ev."end", ev.precision,
       loc.key AS location_key, loc.name AS location_name, loc.type AS location_type,
       coalesce((SELECT jsonb_agg(jsonb_build_object('key', e.key, 'name', e.name,
                                                     'type', e.type))
                 FROM event_participant AS p JOIN entity AS e ON e.id = p.entity_id
                 WHERE p.event_id = ev.id), '[]'::jsonb) AS participants,
       (SELECT min(a.published) FROM event_report AS r JOIN article AS a ON a.id = r.article_id
        WHERE r.event_id = ev.id) AS reported_from,
       (SELECT max(a.published) FROM event_report AS r JOIN article AS a ON a.id = r.article_id
        WHERE r.event_id = ev.id) AS reported_to
FROM event AS ev
LEFT JOIN entity AS loc ON loc.id = ev.location_entity_id
WHERE (ev.id IN (SELECT event_id FROM event_participant WHERE entity_id = ANY($1::text[]))
       OR ev.location_entity_id = ANY($1::text[]))
  AND ($2::date IS NULL OR ev.start IS NULL OR coalesce(ev."end", ev.start) >= $2)
  AND ($3::date IS NULL OR ev.start IS NULL OR ev.start <= $3)
ORDER BY ev.created_at, ev.id
LIMIT 50;

-- name: insert_event
INSERT INTO event (id, type, title, start, "end", precision, location_entity_id,
                   extractor_version)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
ON CONFLICT (id) DO NOTHING;

-- name: update_event
UPDATE event SET type = $2, title = $3, start = $4, "end" = $5, precision = $6,
                 location_entity_id = coalesce(location_entity_id, $7)
WHERE id = $1;

-- name: insert_event_participant
INSERT INTO event_participant (event_id, entity_id) VALUES ($1, $2)
ON CONFLICT DO NOTHING;

-- name: insert_event_report
INSERT INTO event_report (event_id, article_id, start, "end", text, language, trigger,
                          extractor_version)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
ON CONFLICT (event_id, article_id) DO NOTHING;

-- name: known_years
-- The years most stored articles were published in.
SELECT extract(year FROM published)::int AS year
FROM article
WHERE published IS NOT NULL
GROUP BY 1
ORDER BY count(*) DESC, 1 DESC
LIMIT 3;

-- name: move_event_reports
-- Absorbing event $2 into $1: its reports (one per article) move over.
INSERT INTO event_report (event_id, article_id, start, "end", text, language, trigger,
                          extractor_version)
SELECT $1, article_id, start, "end", text, language, trigger, extractor_version
FROM event_report WHERE event_id = $2
ON CONFLICT (event_id, article_id) DO NOTHING;

-- name: move_event_participants
INSERT INTO event_participant (event_id, entity_id)
SELECT $1, entity_id FROM event_participant WHERE event_id = $2
ON CONFLICT DO NOTHING;

-- name: delete_event
DELETE FROM event WHERE id = $1;
