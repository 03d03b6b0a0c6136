-- 0006_run_alerts: what each run did about alerts, next to its other figures.
ALTER TABLE runs ADD COLUMN alerts_sent INTEGER;
ALTER TABLE runs ADD COLUMN alerts_pending INTEGER;
ALTER TABLE runs ADD COLUMN updated_events INTEGER;
