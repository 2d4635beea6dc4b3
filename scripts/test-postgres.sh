# Sourced by test.sh: starts a throwaway PostgreSQL cluster for test_postgres (data and socket
# in a temporary folder, a free port on 127.0.0.1, trust authentication) and stops it when the
# tests end. When it cannot start, it says why and test_postgres skips; the run goes on.

alam_pg_dir=""
alam_pg_bin=""

alam_pg_as_owner() {
  # PostgreSQL refuses to run as root: as root, run its tools as the user postgres.
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

alam_pg_stop() {
  if [ -n "$alam_pg_dir" ] && [ -d "$alam_pg_dir/data" ]; then
    alam_pg_as_owner "$alam_pg_bin/pg_ctl" -D "$alam_pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  [ -z "$alam_pg_dir" ] || rm -rf "$alam_pg_dir"
  alam_pg_dir=""
}

alam_pg_start() {
  alam_pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$alam_pg_bin" ] || [ ! -x "$alam_pg_bin/initdb" ]; then
    echo "test: PostgreSQL is not installed (Debian package postgresql); test_postgres skips."
    return 1
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "test: there is no user postgres to run PostgreSQL as; test_postgres skips."
    return 1
  fi
  alam_pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/alam-pg.XXXXXX")"
  mkdir -p "$alam_pg_dir/socket"
  chmod 755 "$alam_pg_dir"
  [ "$(id -u)" -ne 0 ] || chown -R postgres: "$alam_pg_dir"
  local port user
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  user=postgres
  if ! alam_pg_as_owner "$alam_pg_bin/initdb" -D "$alam_pg_dir/data" -U "$user" -A trust \
       -E UTF8 --no-locale --no-sync >"$alam_pg_dir/initdb.log" 2>&1; then
    echo "test: initdb failed, test_postgres skips:"
    tail -n 5 "$alam_pg_dir/initdb.log" | sed 's/^/  /'
    alam_pg_stop
    return 1
  fi
  if ! alam_pg_as_owner "$alam_pg_bin/pg_ctl" -D "$alam_pg_dir/data" -l "$alam_pg_dir/server.log" -w -t 60 \
       -o "-p $port -k $alam_pg_dir/socket -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
    echo "test: the PostgreSQL server did not start, test_postgres skips:"
    tail -n 5 "$alam_pg_dir/server.log" 2>/dev/null | sed 's/^/  /'
    alam_pg_stop
    return 1
  fi
  export ALAM_TEST_PG_HOST=127.0.0.1 ALAM_TEST_PG_PORT="$port" ALAM_TEST_PG_USER="$user"
  # An empty database for the tests that need one given (test_postgres makes its own).
  if alam_pg_as_owner "$alam_pg_bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" alam_given >/dev/null 2>&1; then
    export ALAM_TEST_PG_DATABASE=alam_given
  fi
  echo "test: PostgreSQL $("$alam_pg_bin/postgres" --version | awk '{print $3}') for test_postgres and test_taggingruns on 127.0.0.1:$port"
}
