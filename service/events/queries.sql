-- name: list_events
-- $1 from, $2 to, $3 type, $4 participant, $5 location, $6 q, $7 newest first?,
-- $8/$9 keyset position (sort date, id), $10 limit. Undated events come last either way.
SELECT ev.id, ev.type, ev.title, ev.start, ev."end", ev.precision,
       CASE WHEN $7::bool THEN coalesce(ev.start, '-infinity'::date)
            ELSE coalesce(ev.start, 'infinity'::date) END AS sort_date,
       CASE WHEN loc.id IS NULL THEN NULL
            ELSE jsonb_build_object('id', loc.id, 'name', loc.name, 'type', loc.type)
       END AS location,
       coalesce((SELECT jsonb_agg(jsonb_build_object('id', e.id, 'name', e.name, 'type', e.type)
                                  ORDER BY e.name)
                 FROM event_participant AS p JOIN entity AS e ON e.id = p.entity_id
                 WHERE p.event_id = ev.id), '[]'::jsonb) AS participants,
       (SELECT count(*)::int FROM event_report AS r WHERE r.event_id = ev.id) AS article_count
FROM event AS ev
LEFT JOIN entity AS loc ON loc.id = ev.location_entity_id
WHERE ($1::date IS NULL OR coalesce(ev."end", ev.start) >= $1)
  AND ($2::date IS NULL OR ev.start <= $2)
  AND ($3::text IS NULL OR ev.type = $3)
  AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM event_participant AS x
                                   WHERE x.event_id = ev.id AND x.entity_id = $4))
  AND ($5::text IS NULL OR ev.location_entity_id = $5)
  AND ($6::text IS NULL
       OR to_tsvector('newsgraph_simple', ev.title)
          @@ newsgraph_query('newsgraph_simple', $6)
       OR EXISTS (SELECT 1 FROM event_report AS r
                  WHERE r.event_id = ev.id
                    AND to_tsvector(newsgraph_ts_config(r.language), r.text)
                        @@ newsgraph_query(newsgraph_ts_config(r.language), $6)))
  AND ($8::date IS NULL
       OR (NOT $7::bool AND (coalesce(ev.start, 'infinity'::date), ev.id) > ($8, $9::text))
       OR ($7::bool AND (coalesce(ev.start, '-infinity'::date), ev.id) < ($8, $9::text)))
ORDER BY CASE WHEN $7::bool THEN NULL ELSE coalesce(ev.start, 'infinity'::date) END ASC,
         CASE WHEN $7::bool THEN coalesce(ev.start, '-infinity'::date) END DESC,
         CASE WHEN $7::bool THEN NULL ELSE ev.id END ASC,
         CASE WHEN $7::bool THEN ev.id END DESC
LIMIT $10;

-- name: get_event
SELECT ev.id, ev.type, ev.title, ev.start, ev."end", ev.precision,
       CASE WHEN loc.id IS NULL THEN NULL
            ELSE jsonb_build_object('id', loc.id, 'name', loc.name, 'type', loc.type)
       END AS location,
       coalesce((SELECT jsonb_agg(jsonb_build_object('id', e.id, 'name', e.name, 'type', e.type)
                                  ORDER BY e.name)
                 FROM event_participant AS p JOIN entity AS e ON e.id = p.entity_id
                 WHERE p.event_id = ev.id), '[]'::jsonb) AS participants,
       (SELECT count(*)::int FROM event_report AS r WHERE r.event_id = ev.id) AS article_count,
       coalesce((SELECT jsonb_agg(jsonb_build_object('article_id', r.article_id,
                                                     'language', r.language, 'text', r.text,
                                                     'start', r.start, 'end', r."end")
                                  ORDER BY a.published NULLS LAST, r.article_id)
                 FROM event_report AS r JOIN article AS a ON a.id = r.article_id
                 WHERE r.event_id = ev.id), '[]'::jsonb) AS reports
FROM event AS ev
LEFT JOIN entity AS loc ON loc.id = ev.location_entity_id
WHERE ev.id = $1;
