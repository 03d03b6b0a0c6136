-- 0008_dead_alerts: an alert that failed MARSAD_ALERT_MAX_ATTEMPTS times is `dead` (no longer sent on every run)
-- until `marsad alerts retry --dead` revives it; runs count the dead alerts next to the pending ones.
ALTER TABLE alerts ADD COLUMN dead_at TIMESTAMPTZ;
ALTER TABLE runs ADD COLUMN alerts_dead INTEGER;
