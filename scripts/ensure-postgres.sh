#!/usr/bin/env bash
# Starts this machine's PostgreSQL server when it is not accepting connections (used by the test tier).
set -euo pipefail
HOST=${PGHOST_CHECK:-127.0.0.1}
if pg_isready -q -h "$HOST" -p 5432 2>/dev/null; then exit 0; fi
if ! command -v pg_ctlcluster >/dev/null; then
  echo "PostgreSQL chưa được cài trên máy này (cần gói postgresql)." >&2
  exit 1
fi
version=$(ls /etc/postgresql | sort -V | tail -1)
echo "Khởi động PostgreSQL $version…"
pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
for _ in $(seq 1 30); do
  pg_isready -q -h "$HOST" -p 5432 && exit 0
  sleep 1
done
echo "PostgreSQL không khởi động được." >&2
exit 1
