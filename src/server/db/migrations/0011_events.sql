-- Emulation events (issue #7 items 3–4): the launch ceremony (lễ phát động thi đua, seed 001 §IV) and the
-- honouring conference (hội nghị tuyên dương điển hình tiên tiến, seed 002 §II), owned by an organization and
-- optionally tied to a campaign plan. The delegate structure by group (cơ cấu thành phần đại biểu) and the
-- attendees with their role, invitation, attendance and seat; the programme in order; the pledge signers of a
-- ceremony (ký cam kết thi đua); the honourees of a conference taken from issued award decisions; the budget
-- estimate (dự toán) and its settlement (quyết toán), posted to the commendation fund (fund_lines.event_id).

-- status: draft → planned (invitations issued) → held → settled (the budget settled into the fund).
-- delegate_cap: at most this many attendees ("không quá 150 đại biểu", 002 §II.2 — the officer's value, null: no cap).
-- chair_limit: at most this many chairs ("chủ trì: 03 người", 002 §II.4 — the officer's value, null: no limit).
-- pledge_commitments: the common text of the pledge signed at a ceremony, one commitment per element.
CREATE TABLE events (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  organization_id uuid NOT NULL,
  campaign_id uuid,
  kind text NOT NULL CHECK (kind IN ('launch_ceremony', 'honouring_conference')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 1000),
  event_date date NOT NULL,
  start_time text CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  venue text,
  delegate_cap integer CHECK (delegate_cap BETWEEN 1 AND 100000),
  chair_limit integer CHECK (chair_limit BETWEEN 1 AND 100),
  pledge_commitments jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'planned', 'held', 'settled')),
  invitations_issued_at timestamptz,
  held_at timestamptz,
  settled_at timestamptz,
  settled_by uuid,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, organization_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, campaign_id) REFERENCES campaigns(province_id, id),
  FOREIGN KEY (province_id, created_by) REFERENCES accounts(province_id, id),
  FOREIGN KEY (province_id, settled_by) REFERENCES accounts(province_id, id),
  CHECK (status = 'draft' OR invitations_issued_at IS NOT NULL),
  CHECK (status NOT IN ('held', 'settled') OR held_at IS NOT NULL),
  CHECK ((status = 'settled') = (settled_at IS NOT NULL))
);
CREATE INDEX events_organization ON events (province_id, organization_id, event_date);
CREATE INDEX events_campaign ON events (province_id, campaign_id) WHERE campaign_id IS NOT NULL;

-- Cơ cấu thành phần: the delegate groups in order, each with the number planned.
CREATE TABLE event_groups (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  event_id uuid NOT NULL,
  position integer NOT NULL CHECK (position > 0),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 1000),
  planned_count integer CHECK (planned_count BETWEEN 0 AND 100000),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, event_id) REFERENCES events(province_id, id) ON DELETE CASCADE
);
CREATE INDEX event_groups_event ON event_groups (province_id, event_id, position);

-- An attendee: a person of the registry or a name typed in, with the position and unit printed on the invitation.
-- invited_at: the invitation was issued; attended: checked on the day (null: not yet checked).
CREATE TABLE event_attendees (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  event_id uuid NOT NULL,
  group_id uuid,
  person_id uuid,
  full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 300),
  position text,
  unit_name text,
  role text NOT NULL CHECK (role IN ('chair', 'speaker', 'delegate', 'honouree')),
  seat text,
  invited_at timestamptz,
  attended boolean,
  checked_in_at timestamptz,
  checked_in_by uuid,
  sort_key text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, event_id) REFERENCES events(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, group_id) REFERENCES event_groups(province_id, id),
  FOREIGN KEY (province_id, person_id) REFERENCES people(province_id, id),
  FOREIGN KEY (province_id, checked_in_by) REFERENCES accounts(province_id, id),
  CHECK ((attended IS NULL) = (checked_in_at IS NULL))
);
CREATE INDEX event_attendees_event ON event_attendees (province_id, event_id, created_at);
-- A person is invited once to an event.
CREATE UNIQUE INDEX event_attendees_person_once ON event_attendees (province_id, event_id, person_id) WHERE person_id IS NOT NULL;

-- The programme in order: each item with its speaker (an attendee or a text) and its duration.
CREATE TABLE event_programme_items (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  event_id uuid NOT NULL,
  position integer NOT NULL CHECK (position > 0),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 1000),
  speaker_attendee_id uuid,
  speaker_text text,
  duration_minutes integer CHECK (duration_minutes BETWEEN 1 AND 600),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, event_id) REFERENCES events(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, speaker_attendee_id) REFERENCES event_attendees(province_id, id),
  CHECK (speaker_attendee_id IS NULL OR speaker_text IS NULL)
);
CREATE INDEX event_programme_items_event ON event_programme_items (province_id, event_id, position);

-- Ký cam kết thi đua at a ceremony: the signers (a cell secretary for the cell, a head for the unit) and the
-- witnesses (the standing committee, the People's Committee — seed 001 §IV.2). signed_at / signed_by: marked
-- signed at the ceremony, by whom.
CREATE TABLE event_pledge_signers (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  event_id uuid NOT NULL,
  attendee_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('signer', 'witness')),
  organization_id uuid,
  unit_name text NOT NULL CHECK (length(unit_name) BETWEEN 1 AND 500),
  position integer NOT NULL CHECK (position > 0),
  signed_at timestamptz,
  signed_by uuid,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, event_id) REFERENCES events(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, attendee_id) REFERENCES event_attendees(province_id, id),
  FOREIGN KEY (province_id, organization_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, signed_by) REFERENCES accounts(province_id, id),
  CHECK ((signed_at IS NULL) = (signed_by IS NULL))
);
CREATE UNIQUE INDEX event_pledge_signers_once ON event_pledge_signers (province_id, event_id, attendee_id);

-- The honourees of a conference: lines of issued award decisions, each invited as an attendee (role honouree).
-- The subject, its post and unit and the award are kept as printed when it was added.
CREATE TABLE event_honourees (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  event_id uuid NOT NULL,
  decision_id uuid NOT NULL,
  nomination_id uuid NOT NULL,
  attendee_id uuid NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('individual', 'collective', 'household')),
  subject_name text NOT NULL,
  position_and_unit text NOT NULL DEFAULT '',
  award text NOT NULL,
  decision_reference text NOT NULL,
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, event_id) REFERENCES events(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, decision_id) REFERENCES award_decisions(province_id, id),
  FOREIGN KEY (province_id, nomination_id) REFERENCES nominations(province_id, id),
  FOREIGN KEY (province_id, attendee_id) REFERENCES event_attendees(province_id, id)
);
CREATE UNIQUE INDEX event_honourees_once ON event_honourees (province_id, event_id, nomination_id);

-- The budget (dự toán kinh phí): lines with quantity × unit price = amount, whole VND; the settlement
-- (quyết toán) records each line's actual amount and the fund spending line it was posted as.
CREATE TABLE event_budget_lines (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  event_id uuid NOT NULL,
  position integer NOT NULL CHECK (position > 0),
  item text NOT NULL CHECK (length(item) BETWEEN 1 AND 500),
  unit text,
  quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
  unit_price bigint NOT NULL CHECK (unit_price BETWEEN 0 AND 10000000000),
  amount bigint NOT NULL CHECK (amount = quantity * unit_price),
  category text NOT NULL CHECK (category IN ('bonus', 'award_items', 'movement')),
  actual_amount bigint CHECK (actual_amount >= 0),
  fund_line_id uuid,
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, event_id) REFERENCES events(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, fund_line_id) REFERENCES fund_lines(province_id, id),
  CHECK (fund_line_id IS NULL OR actual_amount > 0)
);
CREATE INDEX event_budget_lines_event ON event_budget_lines (province_id, event_id, position);

-- The fund's spending lines name the event they served (column from migration 0010).
ALTER TABLE fund_lines ADD CONSTRAINT fund_lines_event_fk FOREIGN KEY (province_id, event_id) REFERENCES events(province_id, id);
