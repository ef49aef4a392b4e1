-- Notifications (thông báo): in-app messages per account, written by the use cases that cause them (a reminder
-- to register, a registration returned or approved, a session opened for voting…), read only by their account.
-- E-mail: accounts may carry an address; a daily digest (việc sắp đến hạn + unread notifications) is sent
-- once per account per day when SMTP is configured, and each sending is recorded here.

ALTER TABLE accounts ADD COLUMN email text CHECK (email IS NULL OR (length(email) <= 254 AND email LIKE '%_@_%'));

-- kind: what caused it ('registration.reminded', 'council.voting_opened'…); link: an app path ('/dang-ky-thi-dua/…').
CREATE TABLE notifications (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 80),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  body text CHECK (body IS NULL OR length(body) <= 4000),
  link text CHECK (link IS NULL OR (link LIKE '/%' AND link NOT LIKE '//%' AND length(link) <= 500)),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  read_at timestamptz,
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, account_id) REFERENCES accounts(province_id, id)
);
CREATE INDEX notifications_account ON notifications (province_id, account_id, created_at DESC);
CREATE INDEX notifications_unread ON notifications (province_id, account_id) WHERE read_at IS NULL;

-- One digest per account per day (the day in Asia/Ho_Chi_Minh): makes sending idempotent across restarts.
CREATE TABLE notification_digests (
  province_id uuid NOT NULL REFERENCES provinces(id),
  account_id uuid NOT NULL,
  day date NOT NULL,
  email text NOT NULL,
  due_items integer NOT NULL CHECK (due_items >= 0),
  unread_items integer NOT NULL CHECK (unread_items >= 0),
  sent_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (province_id, account_id, day),
  FOREIGN KEY (province_id, account_id) REFERENCES accounts(province_id, id)
);
