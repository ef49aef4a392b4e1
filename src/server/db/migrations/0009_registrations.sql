-- Registrations (đăng ký thi đua): a unit registers, for a campaign or for the year, the titles and forms it
-- aims at (for itself, and for its members as a count or named people) and its commitments; the level above
-- approves or returns it. A level's consolidated registration totals its approved children's registrations and
-- goes upward in turn. Reminders record who was reminded to register (in-app).

-- targets: [{ code, scope: 'unit' | 'members', count, people: [name…] }] (catalogue codes, src/rules/catalogue);
-- commitments: [text…]. consolidated: the targets are the totals of the children's approved registrations.
CREATE TABLE registrations (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  organization_id uuid NOT NULL,
  campaign_id uuid,
  year integer NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  consolidated boolean NOT NULL DEFAULT false,
  targets jsonb NOT NULL DEFAULT '[]',
  commitments jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
  return_reason text,
  submitted_on date,
  approved_by uuid,
  approved_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, organization_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, campaign_id) REFERENCES campaigns(province_id, id),
  FOREIGN KEY (province_id, approved_by) REFERENCES accounts(province_id, id),
  FOREIGN KEY (province_id, created_by) REFERENCES accounts(province_id, id),
  CHECK ((status = 'returned') = (return_reason IS NOT NULL)),
  CHECK ((status = 'approved') = (approved_at IS NOT NULL)),
  CHECK (status = 'draft' OR submitted_on IS NOT NULL)
);
-- One registration per unit for a campaign, or for the year's own emulation.
CREATE UNIQUE INDEX registrations_once ON registrations (province_id, organization_id, year, coalesce(campaign_id, '00000000-0000-0000-0000-000000000000'::uuid));
CREATE INDEX registrations_campaign ON registrations (province_id, campaign_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX registrations_year ON registrations (province_id, year);

-- Status history: who, when, from → to and why (the reason a registration was returned).
CREATE TABLE registration_events (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  registration_id uuid NOT NULL,
  from_status text,
  to_status text NOT NULL,
  reason text,
  actor_id uuid NOT NULL,
  actor_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, registration_id) REFERENCES registrations(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, actor_id) REFERENCES accounts(province_id, id)
);
CREATE INDEX registration_events_registration ON registration_events (province_id, registration_id, at);

-- "Nhắc": the level above reminded a unit that has not registered (for a campaign or for the year).
CREATE TABLE registration_reminders (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  organization_id uuid NOT NULL,
  campaign_id uuid,
  year integer NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  reminded_by uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, organization_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, campaign_id) REFERENCES campaigns(province_id, id),
  FOREIGN KEY (province_id, reminded_by) REFERENCES accounts(province_id, id)
);
CREATE INDEX registration_reminders_organization ON registration_reminders (province_id, organization_id, year);
