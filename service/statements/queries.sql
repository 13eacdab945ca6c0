-- name: list_statements
-- $1 speaker, $2 about, $3 q, $4 language, $5 article_id, $6 kind, $7 from, $8 to,
-- $9/$10 keyset position (sort date, id), $11 limit. Newest first, then text order.
SELECT s.id, s.text, s.kind, s.speaker_text, s.cue, s.article_id, s.language, s.start,
       s."end", s.date, coalesce(s.date, '-infinity'::date) AS sort_date,
       CASE WHEN sp.id IS NULL THEN NULL
            ELSE jsonb_build_object('id', sp.id, 'name', sp.name, 'type', sp.type) END AS speaker,
       coalesce((SELECT jsonb_agg(jsonb_build_object('id', e.id, 'name', e.name, 'type', e.type)
                                  ORDER BY e.name)
                 FROM statement_about AS sa JOIN entity AS e ON e.id = sa.entity_id
                 WHERE sa.statement_id = s.id), '[]'::jsonb) AS about
FROM statement AS s
LEFT JOIN entity AS sp ON sp.id = s.speaker_entity_id
WHERE ($1::text IS NULL OR s.speaker_entity_id = $1)
  AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM statement_about AS x
                                   WHERE x.statement_id = s.id AND x.entity_id = $2))
  AND ($3::text IS NULL
       OR (s.language = 'en' AND s.search @@ newsgraph_query('newsgraph_en', $3))
       OR (s.language = 'fr' AND s.search @@ newsgraph_query('newsgraph_fr', $3))
       OR (s.language NOT IN ('en', 'fr')
           AND s.search @@ newsgraph_query('newsgraph_simple', $3)))
  AND ($4::text IS NULL OR s.language = $4)
  AND ($5::text IS NULL OR s.article_id = $5)
  AND ($6::text IS NULL OR s.kind = $6)
  AND ($7::date IS NULL OR s.date >= $7)
  AND ($8::date IS NULL OR s.date <= $8)
  AND ($9::date IS NULL
       OR coalesce(s.date, '-infinity'::date) < $9
       OR (coalesce(s.date, '-infinity'::date) = $9 AND s.id > $10::text))
ORDER BY coalesce(s.date, '-infinity'::date) DESC, s.id
LIMIT $11;

-- name: get_statement
SELECT s.id, s.text, s.kind, s.speaker_text, s.cue, s.article_id, s.language, s.start,
       s."end", s.date,
       CASE WHEN sp.id IS NULL THEN NULL
            ELSE jsonb_build_object('id', sp.id, 'name', sp.name, 'type', sp.type) END AS speaker,
       coalesce((SELECT jsonb_agg(jsonb_build_object('id', e.id, 'name', e.name, 'type', e.type)
                                  ORDER BY e.name)
                 FROM statement_about AS sa JOIN entity AS e ON e.id = sa.entity_id
                 WHERE sa.statement_id = s.id), '[]'::jsonb) AS about
FROM statement AS s
LEFT JOIN entity AS sp ON sp.id = s.speaker_entity_id
WHERE s.id = $1;
