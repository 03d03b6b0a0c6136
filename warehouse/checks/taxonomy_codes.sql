-- A mention or event uses a type, status or count qualifier that TAXONOMY.md does not define.
SELECT 'mention' AS kind, mention_id AS id, type, status, count_qualifier
FROM event_mentions
WHERE type NOT IN ('missile_launch', 'space_launch', 'russia_dprk_cooperation')
   OR status NOT IN ('asserted', 'historical', 'planned', 'denied', 'analysis')
   OR (count_qualifier IS NOT NULL AND count_qualifier NOT IN ('exact', 'at_least', 'approx', 'several'))
UNION ALL
SELECT 'event', event_id, event_type, status, count_qualifier
FROM events
WHERE event_type NOT IN ('missile_launch', 'space_launch', 'russia_dprk_cooperation');
