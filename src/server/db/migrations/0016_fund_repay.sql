-- A decision whose payment line was reversed (ghi đảo) may be paid again: an award decision is "paid" while
-- one of its payment lines stands unreversed. A partial unique index cannot see the reversing lines, so the
-- rule moves to the fund's write (src/server/modules/fund/fund-ledger.ts), checked under the lock every fund
-- write takes on the organization's fund_years rows (two payments of one decision at once: the second waits,
-- then sees the first). This index only keeps that check fast.
DROP INDEX fund_lines_decision_paid_once;
CREATE INDEX fund_lines_decision ON fund_lines (province_id, decision_id) WHERE decision_id IS NOT NULL;
