-- name: list_articles
-- $1 q, $2 language, $3 published_from, $4 published_to, $5 source, $6 entity id,
-- $7/$8 keyset position (sort date, id), $9 limit
SELECT a.id, a.title, a.language, a.published, a.published_precision, a.source, a.url,
       a.word_count,
       CASE WHEN $1::text IS NULL THEN NULL ELSE
           ts_headline(newsgraph_ts_config(a.language), a.body,
                       newsgraph_query(newsgraph_ts_config(a.language), $1),
                       'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=12')
       END AS snippet,
       coalesce(a.published, '-infinity'::date) AS sort_date
FROM article AS a
WHERE ($1::text IS NULL
       OR (a.language = 'en' AND a.search @@ newsgraph_query('newsgraph_en', $1))
       OR (a.language = 'fr' AND a.search @@ newsgraph_query('newsgraph_fr', $1))
       OR (a.language NOT IN ('en', 'fr')
           AND a.search @@ newsgraph_query('newsgraph_simple', $1)))
  AND ($2::text IS NULL OR a.language = $2)
  AND ($3::date IS NULL OR a.published >= $3)
  AND ($4::date IS NULL OR a.published <= $4)
  AND ($5::text IS NULL OR a.source = $5)
  AND ($6::text IS NULL
       OR EXISTS (SELECT 1 FROM mention AS m WHERE m.article_id = a.id AND m.entity_id = $6))
  AND ($7::date IS NULL OR (coalesce(a.published, '-infinity'::date), a.id) < ($7, $8::text))
ORDER BY coalesce(a.published, '-infinity'::date) DESC, a.id DESC
LIMIT $9;

-- name: get_article
SELECT a.id, a.title, a.language, a.published, a.published_precision, a.source, a.url,
       a.word_count, a.body, a.content_sha256, a.ingested_at, a.extractor_version,
       a.language_inferred, a.published_inferred,
       coalesce((
           SELECT jsonb_agg(jsonb_build_object('id', e.id, 'name', e.name, 'type', e.type,
                                               'mentions', c.n)
                            ORDER BY c.n DESC, e.name)
           FROM (SELECT m.entity_id, count(*) AS n FROM mention AS m
                 WHERE m.article_id = a.id GROUP BY m.entity_id) AS c
           JOIN entity AS e ON e.id = c.entity_id
       ), '[]'::jsonb) AS entities
FROM article AS a
WHERE a.id = $1;

-- name: article_exists
SELECT EXISTS (SELECT 1 FROM article WHERE id = $1);

-- name: list_mentions
SELECT jsonb_build_object('id', e.id, 'name', e.name, 'type', e.type) AS entity,
       m.start, m."end", m.text
FROM mention AS m
JOIN entity AS e ON e.id = m.entity_id
WHERE m.article_id = $1
ORDER BY m.start;

-- name: count_articles
SELECT count(*) FROM article;
