-- The public honour board (bảng vinh danh): exemplars (gương điển hình) the officer of an organization keeps —
-- good deeds (người tốt việc tốt), advanced exemplars (điển hình tiên tiến), good models (mô hình hay) and
-- initiatives (sáng kiến) — with their story, an optional photo, the registry awards and the decision they rest
-- on. Only published ones reach the public pages; drafts and withdrawn ones never do.
-- Seed 003 (141/KH-UBND) asks the province's portal to present "gương điển hình tiên tiến, nhân tố mới, mô hình
-- mới, gương người tốt việc tốt… để biểu dương, tôn vinh, nhân rộng"; Luật TĐKT 2022 Điều 5 khoản 2: commendation
-- is public and transparent (công khai, minh bạch).

-- subject_kind: a person (individual), an organization (collective) or a household of the registry, or a name
-- typed by the officer (named: someone outside the registry, e.g. a passer-by who returned lost money).
-- subject_name: the name shown (a snapshot for registry subjects, the typed name otherwise); subject_unit: for a
-- typed name, the unit or place shown under it. photo_sha256 points into the content-addressed file store.
CREATE TABLE exemplars (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  organization_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('good_deed', 'advanced', 'model', 'initiative')),
  subject_kind text NOT NULL CHECK (subject_kind IN ('individual', 'collective', 'household', 'named')),
  person_id uuid,
  collective_id uuid,
  household_id uuid,
  subject_name text NOT NULL,
  subject_unit text,
  title text NOT NULL,
  summary text NOT NULL,
  story text NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  decision_id uuid,
  photo_sha256 text,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'withdrawn')),
  published_at timestamptz,
  published_by uuid,
  withdrawn_at timestamptz,
  withdrawn_by uuid,
  withdrawn_reason text,
  search_folded text GENERATED ALWAYS AS (tdkt_fold(subject_name || ' ' || title || ' ' || summary)) STORED,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, organization_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, person_id) REFERENCES people(province_id, id),
  FOREIGN KEY (province_id, collective_id) REFERENCES organizations(province_id, id),
  FOREIGN KEY (province_id, household_id) REFERENCES households(province_id, id),
  FOREIGN KEY (province_id, decision_id) REFERENCES award_decisions(province_id, id),
  FOREIGN KEY (province_id, photo_sha256) REFERENCES documents(province_id, sha256),
  FOREIGN KEY (province_id, published_by) REFERENCES accounts(province_id, id),
  FOREIGN KEY (province_id, withdrawn_by) REFERENCES accounts(province_id, id),
  FOREIGN KEY (province_id, created_by) REFERENCES accounts(province_id, id),
  CHECK (num_nonnulls(person_id, collective_id, household_id) = CASE WHEN subject_kind = 'named' THEN 0 ELSE 1 END),
  CHECK ((subject_kind = 'individual') = (person_id IS NOT NULL) AND (subject_kind = 'collective') = (collective_id IS NOT NULL)
     AND (subject_kind = 'household') = (household_id IS NOT NULL)),
  CHECK (subject_kind = 'named' OR subject_unit IS NULL),
  CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL) AND (status = 'withdrawn') = (withdrawn_reason IS NOT NULL)),
  CHECK (status = 'draft' OR published_at IS NOT NULL)
);
CREATE INDEX exemplars_organization ON exemplars (province_id, organization_id);
CREATE INDEX exemplars_public ON exemplars (province_id, year DESC, published_at DESC) WHERE status = 'published';
CREATE INDEX exemplars_search ON exemplars USING gin (search_folded gin_trgm_ops);

-- The registry rows (award_records) an exemplar rests on, in the order the officer lists them. A registry row
-- deleted as entered by mistake leaves the stories it was linked to (its deletion is in the audit log).
CREATE TABLE exemplar_awards (
  province_id uuid NOT NULL REFERENCES provinces(id),
  exemplar_id uuid NOT NULL,
  award_record_id uuid NOT NULL,
  position integer NOT NULL,
  PRIMARY KEY (province_id, exemplar_id, award_record_id),
  FOREIGN KEY (province_id, exemplar_id) REFERENCES exemplars(province_id, id) ON DELETE CASCADE,
  FOREIGN KEY (province_id, award_record_id) REFERENCES award_records(province_id, id) ON DELETE CASCADE
);
CREATE INDEX exemplar_awards_award ON exemplar_awards (province_id, award_record_id);
