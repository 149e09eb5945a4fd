#!/usr/bin/env bash
# The PostgreSQL half of the store tests (ctest's `store_postgres`): runs every *Postgres* test of
# the store test binary against a throw-away cluster made by Debian's pg_virtualenv (-t: in a
# temporary folder, also as root, so that two runs never share a cluster). The cluster is dropped
# afterwards. A skipped or missing PostgreSQL test is a failure here: CI must exercise them.
set -uo pipefail
bin=${1:?usage: run-postgres-tests.sh TEST_BINARY [gtest args…]}
shift
if ! command -v pg_virtualenv >/dev/null; then
  echo "FAIL: pg_virtualenv is missing: install postgresql and libqt6sql6-psql (bash tools/dev)" >&2
  exit 1
fi
out=$(mktemp)
work=$(mktemp -d)
export ZANSAI_TLS_DIR=
trap 'rm -rf "$out" "$work"' EXIT
# A free port of our own: two runs at once (ctest -j, a benchmark) never meet on 5432.
PGPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export PGPORT
# TLS on, with a throw-away self-signed certificate, so that sslmode=prefer is seen to use it
# (pg_createcluster's --pgoption ssl=on is overridden; ALTER SYSTEM + reload is not).
if command -v openssl >/dev/null &&
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
    -keyout "$work/server.key" -out "$work/server.crt" >/dev/null 2>&1; then
  chmod 600 "$work/server.key"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$work"
  ZANSAI_TLS_DIR=$work
else
  echo "note: no openssl: the throw-away server runs without TLS" >&2
fi
# shellcheck disable=SC2016
pg_virtualenv -t sh -c '
  if [ -n "$ZANSAI_TLS_DIR" ]; then
    psql -qAt -c "ALTER SYSTEM SET ssl_cert_file = '"'"'$ZANSAI_TLS_DIR/server.crt'"'"'" \
      -c "ALTER SYSTEM SET ssl_key_file = '"'"'$ZANSAI_TLS_DIR/server.key'"'"'" \
      -c "ALTER SYSTEM SET ssl = on" -c "SELECT pg_reload_conf()" >/dev/null || exit 1
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      [ "$(psql -Atc "SHOW ssl")" = on ] && break
      sleep 0.5
    done
  fi
  exec env ZANSAI_TEST_POSTGRES=1 "$@"' sh "$bin" --gtest_filter='*Postgres*' "$@" 2>&1 |
  tee "$out"
rc=${PIPESTATUS[0]}
if [ "$rc" != 0 ]; then
  exit "$rc"
fi
if grep -q '^\[  SKIPPED \]' "$out"; then
  echo "FAIL: PostgreSQL tests were skipped under pg_virtualenv" >&2
  exit 1
fi
if ! grep -qE '^\[  PASSED  \] [1-9][0-9]* test' "$out"; then
  echo "FAIL: no PostgreSQL test ran" >&2
  exit 1
fi
