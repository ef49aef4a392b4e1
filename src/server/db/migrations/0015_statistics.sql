-- The province's settings for the dashboards (src/shared/statistics.ts): which organization kinds count as
-- small collectives (tập thể nhỏ — no text read defines them, ❓), and the targets it sets itself for the
-- shares of awards going to direct workers, women and small collectives (a share between 0 and 1, or none),
-- with the province's document they come from. No row: the defaults apply.
CREATE TABLE statistics_settings (
  province_id uuid NOT NULL REFERENCES provinces(id),
  small_collective_kinds jsonb NOT NULL CHECK (jsonb_typeof(small_collective_kinds) = 'array'),
  direct_worker_target numeric CHECK (direct_worker_target BETWEEN 0 AND 1),
  women_target numeric CHECK (women_target BETWEEN 0 AND 1),
  small_collective_target numeric CHECK (small_collective_target BETWEEN 0 AND 1),
  citation text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id)
);
