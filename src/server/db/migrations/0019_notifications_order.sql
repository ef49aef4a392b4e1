-- Notifications listed newest first by the order they were written (an insertion sequence), not by created_at
-- alone: PGlite's clock counts milliseconds, so two notifications written within one share created_at, and the
-- listing then fell back to the random id. Rows already written are numbered by created_at (then id), and the
-- sequence goes on after them; created_at stays what is shown and what "mark all read up to" compares.
ALTER TABLE notifications ADD COLUMN seq bigint;
UPDATE notifications n SET seq = o.rank
  FROM (SELECT province_id, id, row_number() OVER (ORDER BY created_at, id) AS rank FROM notifications) o
 WHERE o.province_id = n.province_id AND o.id = n.id;
ALTER TABLE notifications ALTER COLUMN seq SET NOT NULL, ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY;
SELECT setval(pg_get_serial_sequence('notifications', 'seq'), coalesce(max(seq), 0) + 1, false) FROM notifications;
DROP INDEX notifications_account;
CREATE INDEX notifications_account ON notifications (province_id, account_id, seq DESC);
