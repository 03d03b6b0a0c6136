-- marsad's North Korean launch events against the CNS missile test database (loaded with `marsad reference load`).
-- A CNS launch day (all missiles CNS records on one date) is caught when a marsad DPRK launch event (missile or
-- space, active) falls within `window_days` of it; each marsad event counts for its nearest CNS day only (ties: the
-- earlier). The period defaults to the publication dates of the warehouse's articles. `marsad verify` and the
-- report use these macros with their own window and period; the two views use the default window of 2 days.

CREATE OR REPLACE MACRO gt_period(since, until) AS TABLE
SELECT
    coalesce(since::DATE, (SELECT min((published_at AT TIME ZONE 'UTC')::DATE) FROM articles)) AS since,
    coalesce(until::DATE, (SELECT max((published_at AT TIME ZONE 'UTC')::DATE) FROM articles)) AS until;

CREATE OR REPLACE MACRO gt_cns_days(since, until) AS TABLE
SELECT
    t.launch_date,
    min(t.launch_at) AS launch_at,
    count(*) AS cns_missiles,
    list(DISTINCT t.missile_name ORDER BY t.missile_name) AS missiles,
    list(DISTINCT t.missile_type ORDER BY t.missile_type) AS missile_types,
    bool_or(t.is_space_launch) AS space_launch,
    list(DISTINCT t.outcome ORDER BY t.outcome) AS outcomes
FROM ref_cns_tests t
JOIN reference_loads l ON l.load_id = t.load_id AND l.is_current
CROSS JOIN gt_period(since, until) p
WHERE t.launch_date BETWEEN p.since AND p.until
GROUP BY t.launch_date;

CREATE OR REPLACE MACRO gt_marsad_launches(since, until) AS TABLE
SELECT e.*, coalesce(e.event_date, (e.first_seen_at AT TIME ZONE 'UTC')::DATE) AS day
FROM events e
CROSS JOIN gt_period(since, until) p
WHERE e.status = 'active'
  AND e.actor = 'PRK'
  AND e.event_type IN ('missile_launch', 'space_launch')
  AND coalesce(e.event_date, (e.first_seen_at AT TIME ZONE 'UTC')::DATE) BETWEEN p.since AND p.until;

-- Each marsad launch event with its nearest CNS launch day within the window (NULL: unmatched).
CREATE OR REPLACE MACRO gt_matches(window_days, since, until) AS TABLE
SELECT m.event_id, m.day, c.launch_date AS cns_date
FROM gt_marsad_launches(since, until) m
LEFT JOIN gt_cns_days(since, until) c ON abs(date_diff('day', c.launch_date, m.day)) <= window_days
QUALIFY row_number() OVER (
    PARTITION BY m.event_id ORDER BY abs(date_diff('day', c.launch_date, m.day)) NULLS LAST, c.launch_date
) = 1;

CREATE OR REPLACE MACRO gt_csis_missiles() AS TABLE
SELECT p.day, string_agg(p.event, '; ' ORDER BY p.seq) AS csis_event
FROM ref_csis_provocations p
JOIN reference_loads l ON l.load_id = p.load_id AND l.is_current
WHERE p.kind = 'Missile Provocation'
GROUP BY p.day;

CREATE OR REPLACE MACRO ground_truth_launches(window_days := 2, since := NULL, until := NULL) AS TABLE
WITH matched AS (
    SELECT cns_date, list(event_id ORDER BY event_id) AS event_ids
    FROM gt_matches(window_days, since, until)
    WHERE cns_date IS NOT NULL
    GROUP BY cns_date
),
sources AS (
    SELECT x.cns_date, s.outlet, s.reported_at, s.duplicate_of
    FROM gt_matches(window_days, since, until) x
    JOIN v_event_sources s ON s.event_id = x.event_id
    WHERE x.cns_date IS NOT NULL
),
firsts AS (
    SELECT cns_date,
        min(reported_at) AS first_report_at,
        arg_min(outlet, reported_at) AS first_outlet,
        count(DISTINCT outlet) FILTER (WHERE duplicate_of IS NULL) AS n_outlets
    FROM sources
    GROUP BY cns_date
),
counts AS (
    SELECT x.cns_date, sum(e.count) AS marsad_missiles
    FROM gt_matches(window_days, since, until) x
    JOIN events e ON e.event_id = x.event_id
    WHERE x.cns_date IS NOT NULL AND e.event_type = 'missile_launch'
    GROUP BY x.cns_date
)
SELECT
    c.launch_date,
    c.launch_at,
    c.launch_at IS NOT NULL AS time_known,
    CASE WHEN c.space_launch THEN 'space' ELSE 'missile' END AS kind,
    c.missiles,
    c.missile_types,
    c.outcomes,
    c.cns_missiles,
    counts.marsad_missiles,
    m.event_ids IS NOT NULL AS caught,
    coalesce(m.event_ids, []::VARCHAR[]) AS event_ids,
    f.first_report_at,
    f.first_outlet,
    round(epoch(f.first_report_at - coalesce(c.launch_at, c.launch_date::TIMESTAMPTZ)) / 3600.0, 2)
        AS latency_hours,
    coalesce(f.n_outlets, 0) AS n_outlets,
    csis.csis_event
FROM gt_cns_days(since, until) c
LEFT JOIN matched m ON m.cns_date = c.launch_date
LEFT JOIN firsts f ON f.cns_date = c.launch_date
LEFT JOIN counts ON counts.cns_date = c.launch_date
LEFT JOIN gt_csis_missiles() csis ON csis.day = c.launch_date
ORDER BY c.launch_date;

CREATE OR REPLACE MACRO unmatched_launches(window_days := 2, since := NULL, until := NULL) AS TABLE
SELECT
    e.event_id,
    e.event_type,
    x.day,
    e.count,
    e.missile_class,
    e.weapon,
    e.vehicle,
    e.first_seen_at,
    e.first_source,
    e.n_sources,
    (SELECT min(c.launch_date) FROM gt_cns_days(since, until) c
     WHERE abs(date_diff('day', c.launch_date, x.day)) = (
        SELECT min(abs(date_diff('day', c2.launch_date, x.day))) FROM gt_cns_days(since, until) c2))
        AS nearest_cns_date,
    (SELECT string_agg(p.csis_event, '; ' ORDER BY p.day) FROM gt_csis_missiles() p
     WHERE abs(date_diff('day', p.day, x.day)) <= window_days) AS csis_event
FROM gt_matches(window_days, since, until) x
JOIN events e ON e.event_id = x.event_id
WHERE x.cns_date IS NULL
ORDER BY x.day, e.event_id;

-- Every CNS launch day in the warehouse's period: caught or missed, first report, latency, outlets, counts.
CREATE OR REPLACE VIEW v_ground_truth_launches AS SELECT * FROM ground_truth_launches(2);

-- marsad's North Korean launch events that match no CNS launch day within 2 days (false alarm, or not recorded).
CREATE OR REPLACE VIEW v_unmatched_launches AS SELECT * FROM unmatched_launches(2);
