-- Award registry and subject histories: what the law engine (src/rules/) reads as a SubjectHistory —
-- yearly ratings, titles and commendations received, initiatives, achievements, discipline, pending
-- proceedings, the unit's assessments, collective yearly results, household exclusions — and the
-- province's own rule parameters and standards.
--
-- Every history row belongs to one subject: a person (cá nhân), an organization (tập thể) or a
-- household (hộ gia đình). Exactly one of person_id / collective_id / household_id is set, matching
-- subject_kind; subject_id is whichever is set, so lookups and indexes are uniform.

ALTER TABLE people ADD COLUMN recruited_on date;

-- The registry: every title or form conferred on a subject, with the decision that conferred it.
-- code is a catalogue code (src/rules/catalogue); forms outside the catalogue (old forms, mass
-- organisations' own forms) keep code NULL and their name as written. The subject_* columns are a
-- snapshot taken when the row is written, used to find the same achievement recorded twice.
CREATE TABLE award_records (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('individual', 'collective', 'household')),
  person_id uuid,
  collective_id uuid,
  household_id uuid,
  subject_id uuid GENERATED ALWAYS AS (coalesce(person_id, collective_id, household_id)) STORED,
  code text,
  name text NOT NULL,
  track text NOT NULL CHECK (track IN ('government', 'party', 'mass')),
  level text CHECK (level IN ('central', 'ministry', 'province', 'district', 'commune', 'unit')),
  year integer NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  decision_number text,
  decision_number_folded text GENERATED ALWAYS AS (tdkt_fold(decision_number)) STORED,
  decision_date date,
  decision_issuer text,
  kind text NOT NULL DEFAULT 'cong_trang' CHECK (kind IN ('cong_trang', 'phong_trao', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai')),
  campaign_id uuid,
  achievement text,
  source text NOT NULL CHECK (source IN ('manual', 'import', 'decision')),
  subject_name text NOT NULL,
  subject_name_folded text GENERATED ALWAYS AS (tdkt_fold(subject_name)) STORED,
  subject_birth_date date,
  subject_cccd text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, person_id) REFERENCES people(province_id, id),
  FOREIGN KEY (province_id, collective_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, household_id) REFERENCES households(province_id, id),
  FOREIGN KEY (province_id, campaign_id) REFERENCES campaigns(province_id, id),
  CHECK (num_nonnulls(person_id, collective_id, household_id) = 1),
  CHECK ((subject_kind = 'individual') = (person_id IS NOT NULL) AND (subject_kind = 'collective') = (collective_id IS NOT NULL)),
  CHECK (decision_date IS NULL OR extract(year FROM decision_date) >= year)
);
CREATE INDEX award_records_subject ON award_records (province_id, subject_id, year);
CREATE INDEX award_records_cccd ON award_records (province_id, subject_cccd, year) WHERE subject_cccd IS NOT NULL;
CREATE INDEX award_records_identity ON award_records (province_id, subject_name_folded, subject_birth_date, year);
CREATE INDEX award_records_year ON award_records (province_id, year);
CREATE INDEX award_records_name_search ON award_records USING gin (subject_name_folded gin_trgm_ops);
CREATE INDEX award_records_decision_search ON award_records USING gin (decision_number_folded gin_trgm_ops);

-- Yearly rating (xếp loại chất lượng) of a person or an organization, by the State (government) or the Party.
CREATE TABLE history_ratings (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('individual', 'collective')),
  person_id uuid,
  collective_id uuid,
  subject_id uuid GENERATED ALWAYS AS (coalesce(person_id, collective_id)) STORED,
  year integer NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  rating text NOT NULL CHECK (rating IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHT')),
  track text NOT NULL CHECK (track IN ('government', 'party', 'mass')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, person_id) REFERENCES people(province_id, id),
  FOREIGN KEY (province_id, collective_id) REFERENCES organizations(province_id, id),
  CHECK (num_nonnulls(person_id, collective_id) = 1),
  CHECK ((subject_kind = 'individual') = (person_id IS NOT NULL))
);
-- One rating per subject, year and track.
CREATE UNIQUE INDEX history_ratings_year ON history_ratings (province_id, subject_id, track, year);

-- Initiatives, scientific projects, ingenuity in combat; used_for ({ code, year }) marks the award it was
-- already used for (an initiative counts once).
CREATE TABLE history_initiatives (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('individual', 'collective', 'household')),
  person_id uuid,
  collective_id uuid,
  household_id uuid,
  subject_id uuid GENERATED ALWAYS AS (coalesce(person_id, collective_id, household_id)) STORED,
  title text NOT NULL,
  type text NOT NULL CHECK (type IN ('sang_kien', 'de_tai', 'muu_tri')),
  level text NOT NULL CHECK (level IN ('don_vi', 'co_so', 'xa', 'tinh', 'toan_quoc')),
  recognised_on date NOT NULL,
  applied_effectively boolean NOT NULL DEFAULT false,
  used_for jsonb,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, person_id) REFERENCES people(province_id, id),
  FOREIGN KEY (province_id, collective_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, household_id) REFERENCES households(province_id, id),
  CHECK (num_nonnulls(person_id, collective_id, household_id) = 1),
  CHECK ((subject_kind = 'individual') = (person_id IS NOT NULL) AND (subject_kind = 'collective') = (collective_id IS NOT NULL))
);
CREATE INDEX history_initiatives_subject ON history_initiatives (province_id, subject_id);

-- Achievements (thành tích) a Giấy khen or Bằng khen may commend.
CREATE TABLE history_achievements (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('individual', 'collective', 'household')),
  person_id uuid,
  collective_id uuid,
  household_id uuid,
  subject_id uuid GENERATED ALWAYS AS (coalesce(person_id, collective_id, household_id)) STORED,
  description text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('phong_trao', 'dot_xuat', 'dong_gop', 'cong_trang')),
  level text NOT NULL CHECK (level IN ('don_vi', 'co_so', 'xa', 'tinh', 'toan_quoc')),
  achieved_on date NOT NULL,
  used_for jsonb,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, person_id) REFERENCES people(province_id, id),
  FOREIGN KEY (province_id, collective_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, household_id) REFERENCES households(province_id, id),
  CHECK (num_nonnulls(person_id, collective_id, household_id) = 1),
  CHECK ((subject_kind = 'individual') = (person_id IS NOT NULL) AND (subject_kind = 'collective') = (collective_id IS NOT NULL))
);
CREATE INDEX history_achievements_subject ON history_achievements (province_id, subject_id);

-- Discipline (kỷ luật): end_date is the last day of the discipline period.
CREATE TABLE history_discipline (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('individual', 'collective', 'household')),
  person_id uuid,
  collective_id uuid,
  household_id uuid,
  subject_id uuid GENERATED ALWAYS AS (coalesce(person_id, collective_id, household_id)) STORED,
  form text NOT NULL CHECK (form IN ('khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec', 'khai_tru')),
  track text NOT NULL CHECK (track IN ('government', 'party', 'mass')),
  start_date date NOT NULL,
  end_date date,
  decision_number text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, person_id) REFERENCES people(province_id, id),
  FOREIGN KEY (province_id, collective_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, household_id) REFERENCES households(province_id, id),
  CHECK (num_nonnulls(person_id, collective_id, household_id) = 1),
  CHECK ((subject_kind = 'individual') = (person_id IS NOT NULL) AND (subject_kind = 'collective') = (collective_id IS NOT NULL)),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX history_discipline_subject ON history_discipline (province_id, subject_id);

-- Pending matters (đang xem xét kỷ luật, điều tra, thanh tra, khiếu nại, tố cáo…); end_date: the day it concluded.
CREATE TABLE history_proceedings (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('individual', 'collective', 'household')),
  person_id uuid,
  collective_id uuid,
  household_id uuid,
  subject_id uuid GENERATED ALWAYS AS (coalesce(person_id, collective_id, household_id)) STORED,
  kind text NOT NULL CHECK (kind IN ('xem_xet_ky_luat', 'dieu_tra', 'thanh_tra', 'kiem_tra', 'khieu_nai', 'to_cao', 'bao_chi')),
  start_date date NOT NULL,
  end_date date,
  note text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, person_id) REFERENCES people(province_id, id),
  FOREIGN KEY (province_id, collective_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, household_id) REFERENCES households(province_id, id),
  CHECK (num_nonnulls(person_id, collective_id, household_id) = 1),
  CHECK ((subject_kind = 'individual') = (person_id IS NOT NULL) AND (subject_kind = 'collective') = (collective_id IS NOT NULL)),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX history_proceedings_subject ON history_proceedings (province_id, subject_id);

-- The unit's yearly review of qualitative standards (src/rules/judgements.ts keys, or a province's own).
CREATE TABLE history_assessments (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('individual', 'collective', 'household')),
  person_id uuid,
  collective_id uuid,
  household_id uuid,
  subject_id uuid GENERATED ALWAYS AS (coalesce(person_id, collective_id, household_id)) STORED,
  year integer NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  key text NOT NULL,
  met boolean NOT NULL,
  note text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, person_id) REFERENCES people(province_id, id),
  FOREIGN KEY (province_id, collective_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, household_id) REFERENCES households(province_id, id),
  CHECK (num_nonnulls(person_id, collective_id, household_id) = 1),
  CHECK ((subject_kind = 'individual') = (person_id IS NOT NULL) AND (subject_kind = 'collective') = (collective_id IS NOT NULL))
);
CREATE UNIQUE INDEX history_assessments_year_key ON history_assessments (province_id, subject_id, year, key);

-- A collective's yearly results: members, how many reached LĐTT / CSTĐCS / completed their tasks,
-- members disciplined (JSON list of { form, date, member? }), cluster leadership, Party rating inputs.
CREATE TABLE history_collective_years (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  subject_kind text NOT NULL DEFAULT 'collective' CHECK (subject_kind = 'collective'),
  collective_id uuid NOT NULL,
  subject_id uuid GENERATED ALWAYS AS (collective_id) STORED,
  year integer NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  member_count integer NOT NULL CHECK (member_count >= 0),
  ldtt_count integer CHECK (ldtt_count >= 0),
  cstdcs_count integer CHECK (cstdcs_count >= 0),
  completed_task_count integer CHECK (completed_task_count >= 0),
  member_discipline jsonb NOT NULL DEFAULT '[]',
  leads_cluster text CHECK (leads_cluster IN ('tinh', 'trung_uong')),
  exceeded_targets boolean,
  party_score numeric CHECK (party_score BETWEEN 0 AND 100),
  party_tasks_completed_share numeric CHECK (party_tasks_completed_share BETWEEN 0 AND 1),
  party_tasks_exceeded_share numeric CHECK (party_tasks_exceeded_share BETWEEN 0 AND 1),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, collective_id) REFERENCES organizations(province_id, id)
);
CREATE UNIQUE INDEX history_collective_years_year ON history_collective_years (province_id, subject_id, year);

-- A household member's situation that excludes Gia đình văn hóa (Nghị định 86/2023, Điều 6, khoản 4).
CREATE TABLE history_exclusions (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  subject_kind text NOT NULL DEFAULT 'household' CHECK (subject_kind = 'household'),
  household_id uuid NOT NULL,
  subject_id uuid GENERATED ALWAYS AS (household_id) STORED,
  kind text NOT NULL CHECK (kind IN ('truy_cuu_hinh_su', 'nghia_vu_quan_su', 'nghia_vu_thue', 'xu_phat_hon_nhan', 'xu_phat_trat_tu')),
  member text,
  start_date date NOT NULL,
  end_date date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, household_id) REFERENCES households(province_id, id),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX history_exclusions_subject ON history_exclusions (province_id, subject_id);

-- The province's own rules (ProvinceRules of src/rules/province.ts): the instrument, its validity,
-- extra or replacement standards and quotas; and its values for the configurable parameters.
CREATE TABLE province_rules (
  province_id uuid NOT NULL REFERENCES provinces(id),
  instrument text NOT NULL,
  valid_from date,
  valid_to date,
  standards jsonb NOT NULL DEFAULT '[]',
  quotas jsonb NOT NULL DEFAULT '[]',
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id),
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);

CREATE TABLE province_parameters (
  province_id uuid NOT NULL REFERENCES provinces(id),
  key text NOT NULL,
  value jsonb NOT NULL,
  citation text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, key)
);
