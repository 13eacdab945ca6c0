-- name: list_entities
-- $1 type, $2/$3 keyset position (mention_count, id), $4 limit
SELECT e.id, e.name, e.type, e.wikidata_id, e.mention_count, e.article_count,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('text', x.text, 'language', x.language)
                                  ORDER BY x.language, x.text), '[]'::jsonb)
        FROM entity_alias AS x WHERE x.entity_id = e.id) AS aliases
FROM entity AS e
WHERE ($1::text IS NULL OR e.type = $1)
  AND ($2::int IS NULL OR (e.mention_count, e.id) < ($2, $3::text))
ORDER BY e.mention_count DESC, e.id DESC
LIMIT $4;

-- name: search_entities
-- $1 normalised query, $2 type, $3/$4/$5 keyset position (score, mention_count, id), $6 limit.
-- An exact alias scores 2; otherwise the trigram word similarity (typo tolerance).
WITH scored AS (
    SELECT a.entity_id AS id,
           max(CASE WHEN a.normalised = $1 THEN 2.0::float8
                    ELSE word_similarity($1, a.normalised)::float8 END) AS score
    FROM entity_alias AS a
    WHERE a.normalised = $1 OR $1 <% a.normalised
    GROUP BY a.entity_id
)
SELECT e.id, e.name, e.type, e.wikidata_id, e.mention_count, e.article_count, s.score,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('text', x.text, 'language', x.language)
                                  ORDER BY x.language, x.text), '[]'::jsonb)
        FROM entity_alias AS x WHERE x.entity_id = e.id) AS aliases
FROM scored AS s
JOIN entity AS e ON e.id = s.id
WHERE ($2::text IS NULL OR e.type = $2)
  AND ($3::float8 IS NULL OR (s.score, e.mention_count, e.id) < ($3, $4::int, $5::text))
ORDER BY s.score DESC, e.mention_count DESC, e.id DESC
LIMIT $6;

-- name: get_entity
SELECT e.id, e.name, e.type, e.wikidata_id, e.mention_count, e.article_count,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('text', x.text, 'language', x.language)
                                  ORDER BY x.language, x.text), '[]'::jsonb)
        FROM entity_alias AS x WHERE x.entity_id = e.id) AS aliases
FROM entity AS e
WHERE e.id = $1;

-- name: related_entities
-- $1 entity id, $2/$3 keyset position (articles, id), $4 limit
WITH shared AS (
    SELECT m.entity_id, count(DISTINCT m.article_id) AS articles
    FROM mention AS m
    WHERE m.article_id IN (SELECT article_id FROM mention WHERE entity_id = $1)
      AND m.entity_id <> $1
    GROUP BY m.entity_id
)
SELECT jsonb_build_object('id', e.id, 'name', e.name, 'type', e.type) AS entity,
       s.articles::int AS articles, e.id
FROM shared AS s
JOIN entity AS e ON e.id = s.entity_id
WHERE ($2::int IS NULL OR (s.articles::int, e.id) < ($2, $3::text))
ORDER BY s.articles DESC, e.id DESC
LIMIT $4;
