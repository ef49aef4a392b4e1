-- Nominations (đề nghị khen thưởng): a unit proposes a person, a collective or a household for a title or a
-- commendation form, within a campaign or for the year; the eligibility verdict travels with it; its dossier
-- (hồ sơ) is generated from the data plus uploaded evidence; the officer checks it. Also the content-addressed
-- file store every module uploads into, and the province's public holidays (working-day deadlines).

-- Uploaded files, stored once per province whatever their name: the key is the SHA-256 of the bytes.
-- type is the MIME type sniffed from the bytes (never the one the browser claimed). The name a file was
-- uploaded under belongs to the row that attaches it (nomination_documents.name…), so the same bytes sent
-- twice under two names are kept once.
CREATE TABLE documents (
  province_id uuid NOT NULL REFERENCES provinces(id),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  type text NOT NULL,
  size integer NOT NULL CHECK (size > 0),
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, sha256),
  CHECK (octet_length(bytes) = size)
);

-- Public holidays (ngày nghỉ lễ, Tết) of the province's calendar, one list per year ([{ date, name }]):
-- working days skip them and weekends. The list of a year is saved whole, with its version.
CREATE TABLE holiday_calendars (
  province_id uuid NOT NULL REFERENCES provinces(id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  holidays jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, year)
);

-- A unit's proposal (tờ trình đề nghị khen thưởng kèm danh sách): the nominations it submitted together.
-- number comes from the unit's document register (document_registers, doc_type 'TTr'); symbol as printed
-- without the number ("TTr-UBND", "TTr/ĐU").
CREATE TABLE nomination_batches (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  organization_id uuid NOT NULL,
  campaign_id uuid,
  year integer NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  track text NOT NULL CHECK (track IN ('state', 'party')),
  symbol text NOT NULL,
  period_key text NOT NULL,
  number integer NOT NULL CHECK (number > 0),
  submitted_on date NOT NULL,
  submitted_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, organization_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, campaign_id) REFERENCES campaigns(province_id, id),
  FOREIGN KEY (province_id, submitted_by) REFERENCES accounts(province_id, id)
);
CREATE UNIQUE INDEX nomination_batches_number ON nomination_batches (province_id, organization_id, symbol, period_key, number);

-- One nomination. The subject columns follow the history tables (exactly one of person / collective /
-- household; subject_id is whichever is set); subject_name is a snapshot for lists and search.
-- target is a catalogue code (src/rules/catalogue), kind the commendation kind (loại hình).
-- simplified_case: one of the five cases of the simplified procedure (Luật TĐKT 2022, Điều 85), or NULL.
-- decision_date: the expected decision date; it chooses the rule set and the authority check.
-- authority: who decides (deciding_organization_id), whether that level may confer the target on the
-- decision date, and where the proposal must go up to when it may not; competent is its verdict.
-- eligibility: the engine's Evaluation (rule set, criteria, facts), eligibility_input the question it
-- answered (the subject's history as read), so the verdict can be checked and run again.
-- submitted_on: the day the complete dossier was (last) submitted, which starts the processing time;
-- closed_on: the day it was decided or failed, which stops it.
CREATE TABLE nominations (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  campaign_id uuid,
  year integer NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  nominating_organization_id uuid NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('individual', 'collective', 'household')),
  person_id uuid,
  collective_id uuid,
  household_id uuid,
  subject_id uuid GENERATED ALWAYS AS (coalesce(person_id, collective_id, household_id)) STORED,
  subject_name text NOT NULL,
  subject_name_folded text GENERATED ALWAYS AS (tdkt_fold(subject_name)) STORED,
  target text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('cong_trang', 'phong_trao', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai')),
  achievement text NOT NULL,
  simplified_case smallint CHECK (simplified_case BETWEEN 1 AND 5),
  review_meeting jsonb,
  decision_date date NOT NULL,
  deciding_organization_id uuid NOT NULL,
  authority jsonb NOT NULL,
  competent boolean NOT NULL,
  eligibility_input jsonb NOT NULL,
  eligibility jsonb NOT NULL,
  eligible boolean,
  evaluated_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'checked', 'to_council', 'passed', 'failed', 'decided')),
  batch_id uuid,
  submitted_on date,
  closed_on date,
  deadline_override_reason text,
  deadline_override_by uuid,
  deadline_override_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, campaign_id) REFERENCES campaigns(province_id, id),
  FOREIGN KEY (province_id, nominating_organization_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, deciding_organization_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, person_id) REFERENCES people(province_id, id),
  FOREIGN KEY (province_id, collective_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, household_id) REFERENCES households(province_id, id),
  FOREIGN KEY (province_id, batch_id) REFERENCES nomination_batches(province_id, id),
  FOREIGN KEY (province_id, deadline_override_by) REFERENCES accounts(province_id, id),
  FOREIGN KEY (province_id, created_by) REFERENCES accounts(province_id, id),
  CHECK (num_nonnulls(person_id, collective_id, household_id) = 1),
  CHECK ((subject_kind = 'individual') = (person_id IS NOT NULL) AND (subject_kind = 'collective') = (collective_id IS NOT NULL)),
  -- a draft was never submitted; every other status came through a submission
  CHECK ((status = 'draft') = (batch_id IS NULL) AND (status = 'draft') = (submitted_on IS NULL)),
  CHECK ((status IN ('decided', 'failed')) = (closed_on IS NOT NULL)),
  CHECK ((deadline_override_reason IS NULL) = (deadline_override_at IS NULL))
);
CREATE INDEX nominations_nominating ON nominations (province_id, nominating_organization_id);
CREATE INDEX nominations_campaign ON nominations (province_id, campaign_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX nominations_batch ON nominations (province_id, batch_id) WHERE batch_id IS NOT NULL;
CREATE INDEX nominations_created ON nominations (province_id, created_at DESC);
CREATE INDEX nominations_name_search ON nominations USING gin (subject_name_folded gin_trgm_ops);
-- The same subject is proposed once for a target in a year and campaign (or in the year's own review),
-- unless an earlier proposal failed.
CREATE UNIQUE INDEX nominations_once ON nominations (province_id, subject_id, target, year, coalesce(campaign_id, '00000000-0000-0000-0000-000000000000'::uuid))
  WHERE status <> 'failed';

-- Status history: every move with who, when, from → to and why (the reason a dossier was returned…).
-- from_status is NULL for the creation; batch_id names the proposal a submission went with.
CREATE TABLE nomination_events (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  nomination_id uuid NOT NULL,
  from_status text,
  to_status text NOT NULL,
  reason text,
  batch_id uuid,
  actor_id uuid NOT NULL,
  actor_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, nomination_id) REFERENCES nominations(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, batch_id) REFERENCES nomination_batches(province_id, id),
  FOREIGN KEY (province_id, actor_id) REFERENCES accounts(province_id, id)
);
CREATE INDEX nomination_events_nomination ON nomination_events (province_id, nomination_id, at);

-- Files attached to a nomination's dossier, each filling one part (the signed proposal, a certification…).
CREATE TABLE nomination_documents (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  nomination_id uuid NOT NULL,
  part text NOT NULL CHECK (part IN ('to-trinh', 'bao-cao-thanh-tich', 'bang-tom-tat', 'bien-ban', 'xac-nhan', 'khac')),
  name text NOT NULL,
  sha256 text NOT NULL,
  uploaded_by uuid NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, nomination_id) REFERENCES nominations(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, sha256) REFERENCES documents(province_id, sha256),
  FOREIGN KEY (province_id, uploaded_by) REFERENCES accounts(province_id, id)
);
CREATE INDEX nomination_documents_nomination ON nomination_documents (province_id, nomination_id);
