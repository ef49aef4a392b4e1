-- Progress reports (báo cáo sơ kết / tổng kết): a unit reports, for a campaign and one of its reporting periods
-- (a phase closed by sơ kết or tổng kết, or the whole campaign's tổng kết), its results against the plan's
-- criteria, its narrative and exemplary models and initiatives, with evidence files; the level above accepts it
-- or returns it with the reason. A level compiles its subtree's accepted reports (with registrations, awards and
-- initiatives) into its own report, whose narrative the officer writes; the multi-year summary (tổng kết 5 năm)
-- likewise keeps only its narrative, its figures are read from the registry and histories when it is shown.

-- content: { results: [{ criterionKey, criterion, measure, value, parts: [{ label, value }], text }],
--            sections: { results, shortcomings, lessons, direction }, models: [text], initiatives: [text] }
-- period_id: the phase id in the plan's content, or 'tong-ket' for the whole campaign's final report;
-- period_kind: its review kind (interim = sơ kết, final = tổng kết), kept to match reports under answering plans.
CREATE TABLE progress_reports (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  organization_id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  period_id text NOT NULL CHECK (length(period_id) BETWEEN 1 AND 64),
  period_kind text NOT NULL CHECK (period_kind IN ('interim', 'final')),
  content jsonb NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'accepted')),
  return_reason text,
  submitted_on date,
  accepted_by uuid,
  accepted_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, organization_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, campaign_id) REFERENCES campaigns(province_id, id),
  FOREIGN KEY (province_id, accepted_by) REFERENCES accounts(province_id, id),
  FOREIGN KEY (province_id, created_by) REFERENCES accounts(province_id, id),
  CHECK ((status = 'returned') = (return_reason IS NOT NULL)),
  CHECK ((status = 'accepted') = (accepted_at IS NOT NULL)),
  CHECK (status = 'draft' OR submitted_on IS NOT NULL)
);
-- One report per unit, campaign and period.
CREATE UNIQUE INDEX progress_reports_once ON progress_reports (province_id, organization_id, campaign_id, period_id);
CREATE INDEX progress_reports_campaign ON progress_reports (province_id, campaign_id, period_id);

-- Status history: who, when, from → to and why (the reason a report was returned).
CREATE TABLE progress_report_events (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  report_id uuid NOT NULL,
  from_status text,
  to_status text NOT NULL,
  reason text,
  actor_id uuid NOT NULL,
  actor_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, report_id) REFERENCES progress_reports(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, actor_id) REFERENCES accounts(province_id, id)
);
CREATE INDEX progress_report_events_report ON progress_report_events (province_id, report_id, at);

-- Evidence files (minh chứng) attached to a report; the bytes live once in the content-addressed store (documents).
CREATE TABLE progress_report_files (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  report_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  sha256 text NOT NULL,
  type text NOT NULL,
  size integer NOT NULL CHECK (size > 0),
  uploaded_by uuid NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, report_id) REFERENCES progress_reports(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, sha256) REFERENCES documents(province_id, sha256),
  FOREIGN KEY (province_id, uploaded_by) REFERENCES accounts(province_id, id)
);
CREATE INDEX progress_report_files_report ON progress_report_files (province_id, report_id);

-- "Nhắc": the level above reminded a unit that has not sent its report for a campaign's period.
CREATE TABLE progress_report_reminders (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  organization_id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  period_id text NOT NULL,
  note text,
  reminded_by uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, organization_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, campaign_id) REFERENCES campaigns(province_id, id),
  FOREIGN KEY (province_id, reminded_by) REFERENCES accounts(province_id, id)
);
CREATE INDEX progress_report_reminders_campaign ON progress_report_reminders (province_id, campaign_id, period_id);

-- The narrative the officer writes for the level's compiled report: for a campaign's period (kind 'campaign'),
-- or for a range of years (kind 'years', the tổng kết 5 năm). sections: { results, shortcomings, lessons, direction }.
CREATE TABLE report_narratives (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  organization_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('campaign', 'years')),
  campaign_id uuid,
  period_id text,
  year_from integer CHECK (year_from BETWEEN 1945 AND 2100),
  year_to integer CHECK (year_to BETWEEN 1945 AND 2100),
  sections jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, organization_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, campaign_id) REFERENCES campaigns(province_id, id),
  FOREIGN KEY (province_id, updated_by) REFERENCES accounts(province_id, id),
  CHECK ((kind = 'campaign') = (campaign_id IS NOT NULL AND period_id IS NOT NULL)),
  CHECK ((kind = 'years') = (year_from IS NOT NULL AND year_to IS NOT NULL AND year_from <= year_to))
);
CREATE UNIQUE INDEX report_narratives_campaign ON report_narratives (province_id, organization_id, campaign_id, period_id) WHERE kind = 'campaign';
CREATE UNIQUE INDEX report_narratives_years ON report_narratives (province_id, organization_id, year_from, year_to) WHERE kind = 'years';
