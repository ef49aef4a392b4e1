-- The commendation fund (quỹ thi đua, khen thưởng) of an organization that keeps one (a commune/ward, the
-- province, an agency), per year: an append-only ledger of income lines (the budget allocation at the start
-- of the year, contributions, the balance carried in when the ledger starts) and spending lines (bonuses paid
-- under an award decision, award items, organising movements — the share capped by fund_settings). law.md §6.4.

-- The province's values for the fund's configurable rules.
-- movement_share: the share of the year's fund (opening + income) that may pay for organising movements,
--   propaganda, experience-sharing, inspection and review meetings — 20% under Nghị định 98/2023/NĐ-CP Điều 52
--   khoản 1 điểm a and Thông tư 28/2025/TT-BTC (law.md §6.4; the ND 152 wording is not confirmed, so a setting).
-- allocation_rate: the budget allocation's ceiling as a share of the level's recurrent spending — at most 1.0%
--   (delta provinces, centrally-run cities) or 1.5% (mountainous, midland, Central Highlands, remote, island
--   provinces), Nghị định 152/2025/NĐ-CP Điều 46 khoản 3 điểm b.
CREATE TABLE fund_settings (
  province_id uuid NOT NULL REFERENCES provinces(id),
  movement_share numeric(5, 4) NOT NULL DEFAULT 0.2 CHECK (movement_share > 0 AND movement_share <= 1),
  movement_share_citation text NOT NULL DEFAULT 'Nghị định 98/2023/NĐ-CP, Điều 52 khoản 1 điểm a; Thông tư 28/2025/TT-BTC',
  allocation_rate numeric(6, 5) NOT NULL DEFAULT 0.01 CHECK (allocation_rate > 0 AND allocation_rate <= 0.015),
  allocation_rate_citation text NOT NULL DEFAULT 'Nghị định 152/2025/NĐ-CP, Điều 46 khoản 3 điểm b',
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id)
);

-- One row per organization-year that has a ledger: what every write locks (FOR UPDATE), and the year's
-- recurrent spending (tổng chi thường xuyên) the officer records so that the allocation's ceiling is known.
CREATE TABLE fund_years (
  province_id uuid NOT NULL REFERENCES provinces(id),
  organization_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  recurrent_spending bigint CHECK (recurrent_spending >= 0),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_id, organization_id, year),
  FOREIGN KEY (province_id, organization_id) REFERENCES organizations(province_id, id)
);

-- A ledger line. Append-only: never updated or deleted; a correction is a reversing line (reverses_id, reason)
-- with the opposite amount, at most one per line. amount is whole VND, positive for a recorded line.
-- event_id: the emulation event the spending served (its FK comes with the events table, migration 0011).
CREATE TABLE fund_lines (
  province_id uuid NOT NULL REFERENCES provinces(id),
  id uuid NOT NULL,
  organization_id uuid NOT NULL,
  year integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('income', 'spending')),
  category text NOT NULL,
  occurred_on date NOT NULL,
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
  counterparty text,
  amount bigint NOT NULL CHECK (amount <> 0),
  decision_id uuid,
  event_id uuid,
  reverses_id uuid,
  reason text,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (province_id, id),
  FOREIGN KEY (province_id, organization_id, year) REFERENCES fund_years(province_id, organization_id, year),
  FOREIGN KEY (province_id, decision_id) REFERENCES award_decisions(province_id, id),
  FOREIGN KEY (province_id, reverses_id) REFERENCES fund_lines(province_id, id),
  FOREIGN KEY (province_id, created_by) REFERENCES accounts(province_id, id),
  CHECK (extract(year FROM occurred_on) = year),
  CHECK (kind = 'income' AND category IN ('allocation', 'contribution', 'carry_over')
      OR kind = 'spending' AND category IN ('bonus', 'award_items', 'movement')),
  CHECK ((reverses_id IS NULL) = (reason IS NULL) AND (reverses_id IS NULL) = (amount > 0))
);
CREATE INDEX fund_lines_year ON fund_lines (province_id, organization_id, year, created_at);
CREATE INDEX fund_lines_event ON fund_lines (province_id, event_id) WHERE event_id IS NOT NULL;
-- A line is reversed at most once.
CREATE UNIQUE INDEX fund_lines_reversed_once ON fund_lines (province_id, reverses_id) WHERE reverses_id IS NOT NULL;
-- An award decision is paid from the fund at most once (its reversal does not reopen it).
CREATE UNIQUE INDEX fund_lines_decision_paid_once ON fund_lines (province_id, decision_id) WHERE decision_id IS NOT NULL AND reverses_id IS NULL;

-- The ledger is append-only: no line is ever updated; a line is deleted only when the whole tenant is wiped
-- (the demo reseeding sets tdkt.wipe_tenant to the province id for its transaction).
CREATE FUNCTION tdkt_fund_lines_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('tdkt.wipe_tenant', true) = OLD.province_id::text THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'Sổ quỹ thi đua, khen thưởng chỉ được ghi thêm (append-only): không sửa, không xóa dòng đã ghi; hãy ghi dòng điều chỉnh.';
END $$;
CREATE TRIGGER fund_lines_append_only BEFORE UPDATE OR DELETE ON fund_lines FOR EACH ROW EXECUTE FUNCTION tdkt_fund_lines_append_only();
