-- Campaign plans (kế hoạch phát động thi đua): the plan, its parent plans (the cascade), the
-- organizations it is addressed to (each must answer with its own plan), event dates set after issue,
-- and the document registers (sổ đăng ký văn bản) that number issued documents.

-- The plan. content is the PlanContent of src/shared/campaign-plan.ts; title, kind and symbol are
-- copies for lists and search. Issued content is immutable (changes go through an amending plan).
-- number is the serial taken from the register (issuer, doc_type, period_key); printed with a
-- leading zero below 10 ("05/KH-UBND", Party "05-KH/ĐU").
CREATE TABLE campaigns (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  issuer_id uuid NOT NULL,
  track text NOT NULL CHECK (track IN ('state', 'party')),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'running', 'reviewed', 'closed')),
  kind text NOT NULL,
  doc_type text NOT NULL DEFAULT 'KH',
  symbol text NOT NULL,
  period_key text,
  number integer CHECK (number > 0),
  year integer NOT NULL,
  issued_on date,
  title text NOT NULL,
  content jsonb NOT NULL,
  amends_id uuid,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, issuer_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, amends_id) REFERENCES campaigns(province_id, id),
  FOREIGN KEY (province_id, created_by) REFERENCES accounts(province_id, id),
  CHECK (status = 'draft' OR (number IS NOT NULL AND issued_on IS NOT NULL AND period_key IS NOT NULL)),
  CHECK (status <> 'draft' OR (number IS NULL AND issued_on IS NULL AND period_key IS NULL))
);
CREATE INDEX campaigns_issuer ON campaigns (province_id, issuer_id);
CREATE INDEX campaigns_created ON campaigns (province_id, created_at DESC);
CREATE INDEX campaigns_title_search ON campaigns USING gin (tdkt_fold(title) gin_trgm_ops);
-- A number is used once in its register: a manual number already taken is refused.
CREATE UNIQUE INDEX campaigns_register_number ON campaigns (province_id, issuer_id, doc_type, period_key, number) WHERE number IS NOT NULL;

-- The cascade: a plan implements one or more parent plans (cycles are refused by the use case).
CREATE TABLE campaign_parents (
  province_id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  parent_id uuid NOT NULL,
  -- order of the parents as given (the first parent's event dates win when two differ)
  position integer NOT NULL,
  PRIMARY KEY (province_id, campaign_id, parent_id),
  FOREIGN KEY (province_id, campaign_id) REFERENCES campaigns(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, parent_id) REFERENCES campaigns(province_id, id),
  CHECK (campaign_id <> parent_id)
);
CREATE INDEX campaign_parents_parent ON campaign_parents (province_id, parent_id);

-- Organizations a plan is addressed to: once it is issued, each owes an answering plan
-- (the answer's due date is resolved from the plan's "answer" deadline when read).
CREATE TABLE campaign_addressees (
  province_id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  organization_id uuid NOT NULL,
  PRIMARY KEY (province_id, campaign_id, organization_id),
  FOREIGN KEY (province_id, campaign_id) REFERENCES campaigns(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, organization_id) REFERENCES organizations(province_id, id)
);
CREATE INDEX campaign_addressees_org ON campaign_addressees (province_id, organization_id);

-- Event dates entered after the plan was issued ("the congress took place on …"): they override
-- the date in the immutable content, and flow to child plans that carry an event of the same id.
CREATE TABLE campaign_event_dates (
  province_id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  event_id text NOT NULL,
  date date NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, campaign_id, event_id),
  FOREIGN KEY (province_id, campaign_id) REFERENCES campaigns(province_id, id) ON DELETE CASCADE
);

-- Document registers: the last number taken per issuer, document type and period
-- ('2025' for a calendar year; 'term:2020-2025' for a Party committee term, law.md §8.4, §8.6).
CREATE TABLE document_registers (
  province_id uuid NOT NULL,
  issuer_id uuid NOT NULL,
  doc_type text NOT NULL,
  period_key text NOT NULL,
  last_number integer NOT NULL CHECK (last_number >= 0),
  PRIMARY KEY (province_id, issuer_id, doc_type, period_key),
  FOREIGN KEY (province_id, issuer_id) REFERENCES organizations(province_id, id)
);

-- How an issuer's registers restart: every calendar year (default for State bodies) or every
-- Party committee term (default for Party bodies; the label names the term in force).
CREATE TABLE document_register_settings (
  province_id uuid NOT NULL,
  issuer_id uuid NOT NULL,
  period text NOT NULL CHECK (period IN ('year', 'term')),
  term_label text CHECK (term_label ~ '^[0-9]{4}-[0-9]{4}$'),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, issuer_id),
  FOREIGN KEY (province_id, issuer_id) REFERENCES organizations(province_id, id),
  CHECK (period = 'year' OR term_label IS NOT NULL)
);
