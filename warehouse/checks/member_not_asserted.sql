-- An event member is a missing mention or one that is not asserted (only asserted mentions are clustered).
SELECT em.mention_id, em.event_id, m.status
FROM event_members em
LEFT JOIN event_mentions m ON m.mention_id = em.mention_id
WHERE m.mention_id IS NULL OR m.status <> 'asserted';
