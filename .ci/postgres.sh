# Throwaway PostgreSQL cluster for tests (sourced by .ci/run; usable by hand:
#   . .ci/postgres.sh && start_postgres && echo "$RASD_POSTGRES_URL"; ...; stop_postgres).
# Installs Debian's postgresql package if missing, runs initdb + pg_ctl as the postgres user in a
# temporary directory, on a free TCP port bound to 127.0.0.1 only, with trust authentication (the
# cluster lives for one run and listens on loopback only), and creates the database `rasd_test`.

start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$bin" ]; then
    apt-get update -q && apt-get install -y -q postgresql
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  local as_postgres=()
  if [ "$(id -u)" = 0 ]; then
    as_postgres=(runuser -u postgres --)
  fi
  RASD_PG_DIR=$(mktemp -d /tmp/rasd-pg.XXXXXX)
  chmod 755 "$RASD_PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$RASD_PG_DIR"
  # A free port: ask the kernel for one, then let PostgreSQL take it.
  RASD_PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
    || shuf -i 20000-60000 -n 1)
  RASD_PG_CTL=("${as_postgres[@]}" "$bin/pg_ctl" -D "$RASD_PG_DIR/data")
  "${as_postgres[@]}" "$bin/initdb" -D "$RASD_PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${RASD_PG_CTL[@]}" -w -l "$RASD_PG_DIR/log" \
    -o "-p $RASD_PG_PORT -k $RASD_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  "${as_postgres[@]}" "$bin/createdb" -h 127.0.0.1 -p "$RASD_PG_PORT" -U postgres rasd_test
  RASD_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$RASD_PG_PORT/rasd_test"
  export RASD_POSTGRES_URL RASD_PG_DIR
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $RASD_POSTGRES_URL (data in $RASD_PG_DIR)"
}

stop_postgres() {
  if [ -n "${RASD_PG_DIR:-}" ] && [ -d "$RASD_PG_DIR/data" ]; then
    "${RASD_PG_CTL[@]}" -m fast stop >/dev/null || true
    rm -rf "$RASD_PG_DIR"
  fi
}
