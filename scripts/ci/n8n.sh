#!/usr/bin/env bash
# Installs the pinned n8n used by `pnpm test:n8n` and `pnpm bench:n8n`, outside the pnpm workspace,
# in ${TTHC_N8N_HOME:-$HOME/.cache/tthc-n8n/2.8.4}. Idempotent: does nothing when that version is
# already there. n8n 2.8.4 is the newest release that runs on Node 20; its `xlsx` dependency is a
# CDN tarball that is not on the npm registry, hence the override (docs/sources.md §4).
# About 6 minutes and 2.3 GB on a clean machine (sqlite3 compiles from source with node-gyp).
set -euo pipefail

N8N_VERSION=2.8.4
N8N_HOME="${TTHC_N8N_HOME:-$HOME/.cache/tthc-n8n/$N8N_VERSION}"

installed() {
  [ -f "$N8N_HOME/node_modules/n8n/bin/n8n" ] &&
    node -e "process.exit(require(process.argv[1]).version === process.argv[2] ? 0 : 1)" \
      "$N8N_HOME/node_modules/n8n/package.json" "$N8N_VERSION" 2>/dev/null
}

if installed; then
  exit 0
fi

mkdir -p "$N8N_HOME"
exec 9>"$N8N_HOME/.install.lock"
if command -v flock >/dev/null 2>&1; then
  flock 9 # another run may be installing: wait for it, then check again
  if installed; then exit 0; fi
fi

cat >"$N8N_HOME/package.json" <<JSON
{
  "name": "tthc-n8n-runtime",
  "private": true,
  "dependencies": { "n8n": "$N8N_VERSION" },
  "overrides": { "xlsx": "npm:@e965/xlsx@0.20.2" }
}
JSON

echo "n8n.sh: installing n8n $N8N_VERSION in $N8N_HOME (log: $N8N_HOME/install.log)…" >&2
set +e
(cd "$N8N_HOME" && npm install --no-audit --no-fund --loglevel=error) >"$N8N_HOME/install.log" 2>&1
status=$?
set -e
echo "exit $status" >>"$N8N_HOME/install.log"
if [ "$status" -ne 0 ] || ! installed; then
  echo "n8n.sh: npm install failed (exit $status); last lines of $N8N_HOME/install.log:" >&2
  tail -n 30 "$N8N_HOME/install.log" >&2
  exit 1
fi
echo "n8n.sh: n8n $N8N_VERSION ready in $N8N_HOME" >&2
