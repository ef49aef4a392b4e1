-- From the council to the certificate: the emulation-commendation council (Hội đồng Thi đua – Khen thưởng)
-- and its sessions with secret ballots, the public posting of the proposed list with comments, award
-- decisions with their amounts, certificates with verification codes, and proposals sent up to the level
-- above. Law references: law.md §4.2 (council, thresholds), §4.3 (posting), §5.4 (certificate), §6 (money).

-- A nomination the level above must decide goes up in a proposal (proposed), where that level's council may
-- review it (to_council → passed/failed) and decide it.
ALTER TABLE nominations DROP CONSTRAINT nominations_status_check;
ALTER TABLE nominations ADD CONSTRAINT nominations_status_check
  CHECK (status IN ('draft', 'submitted', 'returned', 'checked', 'to_council', 'passed', 'failed', 'decided', 'proposed'));

-- One council per organization (the level: a commune People's Committee, the province, a Party committee).
-- quorum_share: share of all members who must attend (ND 98 Art 49: 2/3; 80% at the province for award
-- sessions — ❓ under ND 152 and set by each council's own rules at commune level, so a setting).
-- majority_share: the council's own rule for items without a statutory ballot threshold; an item passes
-- with MORE than this share of all members (0.5: a majority).
CREATE TABLE councils (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  organization_id uuid NOT NULL,
  name text NOT NULL,
  established_by text,
  quorum_share numeric(5, 4) NOT NULL DEFAULT 0.6667 CHECK (quorum_share > 0 AND quorum_share <= 1),
  majority_share numeric(5, 4) NOT NULL DEFAULT 0.5 CHECK (majority_share >= 0.5 AND majority_share < 1),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  UNIQUE (province_id, organization_id),
  FOREIGN KEY (province_id, organization_id) REFERENCES organizations(province_id, id)
);

-- Members. account_id: the account the member votes with online (a member without one can only give a
-- written opinion when absent). leads_organization_id: the unit the member heads, for recusal.
CREATE TABLE council_members (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  council_id uuid NOT NULL,
  full_name text NOT NULL,
  position text,
  role text NOT NULL CHECK (role IN ('chair', 'vice_chair', 'standing_vice_chair', 'member', 'secretary')),
  person_id uuid,
  account_id uuid,
  leads_organization_id uuid,
  sort_order integer NOT NULL DEFAULT 0,
  active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (province_id, id),
  UNIQUE (province_id, council_id, account_id),
  FOREIGN KEY (province_id, council_id) REFERENCES councils(province_id, id),
  FOREIGN KEY (province_id, person_id) REFERENCES people(province_id, id),
  FOREIGN KEY (province_id, account_id) REFERENCES accounts(province_id, id),
  FOREIGN KEY (province_id, leads_organization_id) REFERENCES organizations(province_id, id)
);

-- A session (phiên họp): prepared (draft), voting (open), then closed with its tally. total_members is the
-- number of active members when the session opened: every threshold is a share of it (not of those present).
CREATE TABLE council_sessions (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  council_id uuid NOT NULL,
  title text NOT NULL,
  meets_on date NOT NULL,
  place text,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  total_members integer CHECK (total_members > 0),
  opened_at timestamptz,
  closed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, council_id) REFERENCES councils(province_id, id),
  FOREIGN KEY (province_id, created_by) REFERENCES accounts(province_id, id),
  CHECK ((status = 'draft') = (opened_at IS NULL) AND (status = 'closed') = (closed_at IS NOT NULL)),
  CHECK ((status = 'draft') = (total_members IS NULL))
);

CREATE TABLE council_attendance (
  province_id uuid NOT NULL REFERENCES provinces(id),
  session_id uuid NOT NULL,
  member_id uuid NOT NULL,
  present boolean NOT NULL,
  PRIMARY KEY (province_id, session_id, member_id),
  FOREIGN KEY (province_id, session_id) REFERENCES council_sessions(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, member_id) REFERENCES council_members(province_id, id)
);

-- An agenda item: one nomination. threshold_*: what it needs, fixed when it was put on the agenda (the rule
-- set's ballot share for the title, or the council's majority rule). The ballot box holds COUNTS only
-- (votes_*): a secret ballot is added to them in the same transaction as its receipt, and nothing records
-- which member cast which choice, or when.
CREATE TABLE council_items (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  session_id uuid NOT NULL,
  nomination_id uuid NOT NULL,
  position integer NOT NULL,
  threshold_share numeric(5, 4) NOT NULL,
  threshold_strict boolean NOT NULL,
  threshold_label text NOT NULL,
  threshold_citation text NOT NULL,
  votes_for integer NOT NULL DEFAULT 0 CHECK (votes_for >= 0),
  votes_against integer NOT NULL DEFAULT 0 CHECK (votes_against >= 0),
  votes_abstain integer NOT NULL DEFAULT 0 CHECK (votes_abstain >= 0),
  result text CHECK (result IN ('passed', 'failed')),
  PRIMARY KEY (province_id, id),
  UNIQUE (province_id, session_id, nomination_id),
  FOREIGN KEY (province_id, session_id) REFERENCES council_sessions(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, nomination_id) REFERENCES nominations(province_id, id)
);

-- A member who may not vote on an item: the nominee, or the head of the nominee's unit (automatic), or by
-- the chair's decision (with the reason).
CREATE TABLE council_recusals (
  province_id uuid NOT NULL REFERENCES provinces(id),
  item_id uuid NOT NULL,
  member_id uuid NOT NULL,
  reason text NOT NULL,
  automatic boolean NOT NULL,
  PRIMARY KEY (province_id, item_id, member_id),
  FOREIGN KEY (province_id, item_id) REFERENCES council_items(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, member_id) REFERENCES council_members(province_id, id)
);

-- That a member has voted on an item — never what, never when (no timestamp, no sequence).
CREATE TABLE ballot_receipts (
  province_id uuid NOT NULL REFERENCES provinces(id),
  item_id uuid NOT NULL,
  member_id uuid NOT NULL,
  PRIMARY KEY (province_id, item_id, member_id),
  FOREIGN KEY (province_id, item_id) REFERENCES council_items(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, member_id) REFERENCES council_members(province_id, id)
);

-- An absent member's written opinion (ý kiến bằng văn bản): signed, so not secret; counted in the tally and
-- listed in the minutes.
CREATE TABLE written_opinions (
  province_id uuid NOT NULL REFERENCES provinces(id),
  item_id uuid NOT NULL,
  member_id uuid NOT NULL,
  choice text NOT NULL CHECK (choice IN ('for', 'against', 'abstain')),
  note text,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, item_id, member_id),
  FOREIGN KEY (province_id, item_id) REFERENCES council_items(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, member_id) REFERENCES council_members(province_id, id),
  FOREIGN KEY (province_id, recorded_by) REFERENCES accounts(province_id, id)
);

-- Public posting (công khai) of a proposed list: open to everyone from starts_on to ends_on (inclusive);
-- comments (góp ý) reach the officer, who resolves each one before the decision.
CREATE TABLE public_postings (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  organization_id uuid NOT NULL,
  session_id uuid,
  title text NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  withdrawn_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  UNIQUE (id),
  FOREIGN KEY (province_id, organization_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, session_id) REFERENCES council_sessions(province_id, id),
  FOREIGN KEY (province_id, created_by) REFERENCES accounts(province_id, id),
  CHECK (ends_on >= starts_on)
);

CREATE TABLE public_posting_items (
  province_id uuid NOT NULL REFERENCES provinces(id),
  posting_id uuid NOT NULL,
  nomination_id uuid NOT NULL,
  position integer NOT NULL,
  PRIMARY KEY (province_id, posting_id, nomination_id),
  FOREIGN KEY (province_id, posting_id) REFERENCES public_postings(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, nomination_id) REFERENCES nominations(province_id, id)
);
CREATE INDEX public_posting_items_nomination ON public_posting_items (province_id, nomination_id);

CREATE TABLE public_comments (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  posting_id uuid NOT NULL,
  nomination_id uuid,
  author_name text NOT NULL,
  author_contact text,
  content text NOT NULL CHECK (length(content) BETWEEN 1 AND 4000),
  created_at timestamptz NOT NULL DEFAULT now(),
  resolution text,
  resolved_by uuid,
  resolved_at timestamptz,
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, posting_id) REFERENCES public_postings(province_id, id),
  FOREIGN KEY (province_id, nomination_id) REFERENCES nominations(province_id, id),
  FOREIGN KEY (province_id, resolved_by) REFERENCES accounts(province_id, id),
  CHECK ((resolution IS NULL) = (resolved_at IS NULL) AND (resolved_at IS NULL) = (resolved_by IS NULL))
);
CREATE INDEX public_comments_posting ON public_comments (province_id, posting_id, created_at);

-- An award decision (quyết định khen thưởng) of an organization: drafted, then issued with the next number
-- of the issuer's QĐ register. signing_form: TM. (on behalf of a collective body), KT. (deputy for the
-- head), Q. (acting), TL./TUQ. (by delegation), or none (the head signs in person) — law.md §8.3.
CREATE TABLE award_decisions (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  organization_id uuid NOT NULL,
  campaign_id uuid,
  year integer NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  track text NOT NULL CHECK (track IN ('state', 'party')),
  symbol text NOT NULL,
  title text NOT NULL,
  bases jsonb NOT NULL DEFAULT '[]',
  decision_date date NOT NULL,
  signing_form text NOT NULL CHECK (signing_form IN ('TM', 'KT', 'Q', 'TL', 'TUQ', 'none')),
  signer_name text NOT NULL,
  signer_title text NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
  period_key text,
  number integer CHECK (number > 0),
  issued_by uuid,
  issued_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, organization_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, campaign_id) REFERENCES campaigns(province_id, id),
  FOREIGN KEY (province_id, created_by) REFERENCES accounts(province_id, id),
  FOREIGN KEY (province_id, issued_by) REFERENCES accounts(province_id, id),
  CHECK ((status = 'issued') = (number IS NOT NULL) AND (status = 'issued') = (issued_at IS NOT NULL) AND (status = 'issued') = (period_key IS NOT NULL))
);
CREATE UNIQUE INDEX award_decisions_number ON award_decisions (province_id, organization_id, symbol, period_key, number) WHERE number IS NOT NULL;

-- One awardee line of a decision (the annex list): the nomination, its amount (coefficient × base salary on
-- the decision date, rounded by the rule set; paid = false when a higher title of the same period is paid
-- instead — ND 152 Art 49), and once issued the serial in the award register (số sổ vàng) and the registry row.
CREATE TABLE award_decision_items (
  province_id uuid NOT NULL REFERENCES provinces(id),
  decision_id uuid NOT NULL,
  nomination_id uuid NOT NULL,
  position integer NOT NULL,
  coefficient numeric(6, 3),
  base_salary integer,
  unrounded integer,
  amount integer,
  paid boolean NOT NULL DEFAULT true,
  amount_note text,
  serial integer,
  award_record_id uuid,
  PRIMARY KEY (province_id, decision_id, nomination_id),
  UNIQUE (province_id, nomination_id),
  FOREIGN KEY (province_id, decision_id) REFERENCES award_decisions(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, nomination_id) REFERENCES nominations(province_id, id),
  FOREIGN KEY (province_id, award_record_id) REFERENCES award_records(province_id, id)
);

-- The registry row a decision wrote, and its cancellation (hủy bỏ quyết định khen thưởng, Luật TĐKT 2022 Điều 93).
ALTER TABLE award_records ADD COLUMN decision_id uuid;
ALTER TABLE award_records ADD FOREIGN KEY (province_id, decision_id) REFERENCES award_decisions(province_id, id);
ALTER TABLE award_records ADD COLUMN revoked_on date;
ALTER TABLE award_records ADD COLUMN revoked_reason text;
ALTER TABLE award_records ADD CONSTRAINT award_records_revoked CHECK ((revoked_on IS NULL) = (revoked_reason IS NULL));

-- Certificates (Giấy khen, Bằng khen, giấy chứng nhận danh hiệu): one per awardee line, with its serial and a
-- public verification code (src/shared/certificate-code.ts). A reissue (cấp lại) creates a new certificate
-- that replaces the old one; a cancellation (Điều 93) keeps the row with its reason.
CREATE TABLE certificates (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  code text NOT NULL UNIQUE,
  decision_id uuid NOT NULL,
  nomination_id uuid NOT NULL,
  award_record_id uuid NOT NULL,
  serial integer NOT NULL,
  status text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'replaced', 'cancelled')),
  replaces_id uuid,
  reason text,
  status_changed_at timestamptz,
  status_changed_by uuid,
  issued_at timestamptz NOT NULL DEFAULT now(),
  issued_by uuid NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, decision_id, nomination_id) REFERENCES award_decision_items(province_id, decision_id, nomination_id),
  FOREIGN KEY (province_id, award_record_id) REFERENCES award_records(province_id, id),
  FOREIGN KEY (province_id, replaces_id) REFERENCES certificates(province_id, id),
  FOREIGN KEY (province_id, issued_by) REFERENCES accounts(province_id, id),
  FOREIGN KEY (province_id, status_changed_by) REFERENCES accounts(province_id, id),
  CHECK ((status = 'valid') = (status_changed_at IS NULL))
);
CREATE INDEX certificates_decision ON certificates (province_id, decision_id);
-- one valid certificate per awardee line
CREATE UNIQUE INDEX certificates_valid ON certificates (province_id, nomination_id) WHERE status = 'valid';

-- Where each variable field prints on an issuer's pre-printed blanks (millimetres from the top-left corner
-- of the A4 landscape sheet): { field: { x, y, width, size } }.
CREATE TABLE certificate_layouts (
  province_id uuid NOT NULL REFERENCES provinces(id),
  organization_id uuid NOT NULL,
  positions jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, organization_id),
  FOREIGN KEY (province_id, organization_id) REFERENCES organizations(province_id, id)
);

-- A proposal to the level above (tờ trình đề nghị cấp trên khen thưởng) for forms beyond the level's
-- authority: sent to the parent organization inside tdkt, or exported as a ZIP package for a body outside
-- it (to_name). Its number comes from the sender's TTr register. The level above answers it.
CREATE TABLE upward_proposals (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  from_organization_id uuid NOT NULL,
  to_organization_id uuid,
  to_name text NOT NULL,
  title text NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'exported', 'answered')),
  period_key text,
  symbol text,
  number integer CHECK (number > 0),
  sent_on date,
  answer text CHECK (answer IN ('decided', 'partly', 'returned')),
  answer_note text,
  answered_at timestamptz,
  answered_by uuid,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, from_organization_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, to_organization_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, created_by) REFERENCES accounts(province_id, id),
  FOREIGN KEY (province_id, answered_by) REFERENCES accounts(province_id, id),
  CHECK ((status = 'draft') = (number IS NULL))
);

CREATE TABLE upward_proposal_items (
  province_id uuid NOT NULL REFERENCES provinces(id),
  proposal_id uuid NOT NULL,
  nomination_id uuid NOT NULL,
  position integer NOT NULL,
  PRIMARY KEY (province_id, proposal_id, nomination_id),
  FOREIGN KEY (province_id, proposal_id) REFERENCES upward_proposals(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, nomination_id) REFERENCES nominations(province_id, id)
);
CREATE INDEX upward_proposal_items_nomination ON upward_proposal_items (province_id, nomination_id);
