#!/usr/bin/env bash
# Times `iiq sync` against the sandbox server at 150 ms per request: a full sync of 50,000 assets and
# 20,000 users (and the district's tickets and catalogues) into SQLite and into PostgreSQL, then 1% of the
# assets changed over HTTP and an incremental run into each.
#   bash Benchmarks/Sync/run.sh [postgres://user@127.0.0.1:5432/postgres?sslmode=disable]
# Build first: swift build -c release --package-path Examples --product iiq
set -euo pipefail
cd "$(dirname "$0")/../.."
iiq=${IIQ_BINARY:-Examples/.build/release/iiq}
postgres=${1:-${IIQ_TEST_POSTGRES_URL:-}}
work=$(mktemp -d /tmp/iiq-sync-bench.XXXXXX)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

"$iiq" sandbox serve --assets 50000 --users 20000 --latency 150ms --port 0 > "$work/banner" 2>&1 &
server=$!
until grep -q READY "$work/banner" 2>/dev/null; do sleep 0.5; done
base=$(awk '/^Base URL:/ {print $3}' "$work/banner")
token=$(awk '/^Read-write token:/ {getline; print; exit}' "$work/banner")
site=$(awk '/site / {for (i = 1; i <= NF; i++) if ($i == "site") {print $(i + 1); exit}}' "$work/banner" | tr -d ',')
export IIQ_BASE_URL=$base IIQ_ALLOW_INSECURE_LOOPBACK=1 IIQ_API_TOKEN=$token

sync() { # label, database: runs iiq sync and prints the wall time and its summary line
    local start end
    start=$(date +%s.%N)
    "$iiq" sync --database "$2" > "$work/last.out"
    end=$(date +%s.%N)
    printf '%-40s %6.1f s   %s\n' "$1" "$(echo "$end - $start" | bc)" "$(tail -n 1 "$work/last.out")"
}
kind() { case "$1" in postgres*) echo PostgreSQL ;; *) echo SQLite ;; esac; }

targets=("$work/bench.sqlite")
if [ -n "$postgres" ]; then
    psql -q "$postgres" -c "DROP DATABASE IF EXISTS iiq_sync_bench" -c "CREATE DATABASE iiq_sync_bench"
    targets+=("$(echo "$postgres" | sed -E 's#/[^/?]*(\?|$)#/iiq_sync_bench\1#')")
fi
for target in "${targets[@]}"; do sync "full sync into $(kind "$target")" "$target"; done

# 1% of the assets: a new note each, through the API, 8 at a time.
sqlite3 "$work/bench.sqlite" "SELECT id FROM assets ORDER BY asset_tag LIMIT 500" |
    xargs -P 8 -I{} curl -s -o /dev/null -X POST "$base/assets/{}" -H "Authorization: Bearer $token" \
        -H "SiteId: $site" -H "Client: ApiClient" -H "Content-Type: application/json" -d '{"Notes":"changed"}'
for target in "${targets[@]}"; do sync "after 1% changed, into $(kind "$target")" "$target"; done
