-- A tamper-evident audit log: at commit, each entry is sealed into its province's hash chain — a sequence
-- number and the SHA-256 of the previous entry's hash and this entry's content (tdkt_audit_canonical).
-- `tdkt audit verify` recomputes the chain outside the database: an entry edited, deleted or inserted
-- behind the application's back breaks it. Sealing runs as a deferred trigger, so the chain's lock is taken
-- last, at commit, after every lock of the writing transaction (no deadlocks), and the chain follows the
-- order in which transactions commit.

ALTER TABLE audit_log ADD COLUMN seq bigint;
ALTER TABLE audit_log ADD COLUMN prev_hash text;
ALTER TABLE audit_log ADD COLUMN hash text;
CREATE UNIQUE INDEX audit_log_seq ON audit_log (province_id, seq);

-- The last sealed entry of each province.
CREATE TABLE audit_chain_heads (
  province_id uuid PRIMARY KEY REFERENCES provinces(id),
  seq bigint NOT NULL,
  hash text NOT NULL
);

-- The content an entry's hash covers, as text that does not depend on the session (time as microseconds
-- since the epoch; jsonb in its normalized text form). src/server/audit/audit-chain.ts builds the same text.
CREATE OR REPLACE FUNCTION tdkt_audit_canonical(e audit_log) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT concat_ws(E'\x1f',
    e.province_id::text, e.id::text, (extract(epoch FROM e.at) * 1000000)::bigint::text,
    coalesce(e.actor_id::text, ''), e.actor_name, e.action, e.entity, coalesce(e.entity_id::text, ''),
    coalesce(e.organization_id::text, ''), coalesce(e.summary, ''), coalesce(e.before::text, ''), coalesce(e.after::text, ''),
    coalesce(e.request_id, ''))
$$;

CREATE OR REPLACE FUNCTION tdkt_audit_seal() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  head_seq bigint;
  head_hash text;
  next_hash text;
BEGIN
  INSERT INTO audit_chain_heads (province_id, seq, hash) VALUES (NEW.province_id, 0, repeat('0', 64)) ON CONFLICT (province_id) DO NOTHING;
  SELECT seq, hash INTO head_seq, head_hash FROM audit_chain_heads WHERE province_id = NEW.province_id FOR UPDATE;
  next_hash := encode(sha256(convert_to(head_hash || E'\x1f' || (head_seq + 1)::text || E'\x1f' || tdkt_audit_canonical(NEW), 'UTF8')), 'hex');
  UPDATE audit_log SET seq = head_seq + 1, prev_hash = head_hash, hash = next_hash WHERE province_id = NEW.province_id AND id = NEW.id;
  UPDATE audit_chain_heads SET seq = head_seq + 1, hash = next_hash WHERE province_id = NEW.province_id;
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER audit_log_seal AFTER INSERT ON audit_log
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tdkt_audit_seal();

-- Still append-only: the one update allowed is the sealing of an unsealed entry, which sets only the chain
-- columns. An entry arrives unsealed (its chain columns are the seal's to set).
CREATE OR REPLACE FUNCTION tdkt_audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.seq IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.hash IS NOT NULL THEN
      RAISE EXCEPTION 'Nhật ký kiểm toán: số thứ tự và mã băm do cơ sở dữ liệu niêm phong (audit_log chain columns are set by the seal)';
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
     AND (to_jsonb(NEW) - 'seq' - 'prev_hash' - 'hash') = (to_jsonb(OLD) - 'seq' - 'prev_hash' - 'hash') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'Nhật ký kiểm toán chỉ được ghi thêm, không được sửa hoặc xóa (audit_log is append-only)';
END
$$;
CREATE TRIGGER audit_log_unsealed BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION tdkt_audit_append_only();

-- Entries written before the chain existed are sealed now, in time order.
DO $$
DECLARE
  p uuid;
  e audit_log;
  head_hash text;
  n bigint;
BEGIN
  FOR p IN SELECT DISTINCT province_id FROM audit_log LOOP
    head_hash := repeat('0', 64);
    n := 0;
    FOR e IN SELECT * FROM audit_log WHERE province_id = p ORDER BY at, id LOOP
      n := n + 1;
      UPDATE audit_log SET seq = n, prev_hash = head_hash,
        hash = encode(sha256(convert_to(head_hash || E'\x1f' || n::text || E'\x1f' || tdkt_audit_canonical(e), 'UTF8')), 'hex')
        WHERE province_id = p AND id = e.id RETURNING hash INTO head_hash;
    END LOOP;
    INSERT INTO audit_chain_heads (province_id, seq, hash) VALUES (p, n, head_hash);
  END LOOP;
END
$$;
