#!/usr/bin/env bash
# Creates the cluster on the first start (an empty PGDATA), with a password-protected role and its
# database, then replaces itself with the server (exec), so that the stop signal reaches PostgreSQL.
set -euo pipefail

say() { echo "postgres-entrypoint: $*" >&2; }

if [[ ! -s $PGDATA/PG_VERSION ]]; then
  if [[ -z ${POSTGRES_PASSWORD:-} ]]; then
    say "the first start needs POSTGRES_PASSWORD (the password of the role $POSTGRES_USER)"
    exit 64
  fi
  say "creating a PostgreSQL cluster in $PGDATA with role $POSTGRES_USER and database $POSTGRES_DB"
  # Local (socket) connections of the container's own user are trusted, for pg_isready and this set-up;
  # every connection over the network needs the password (SCRAM).
  initdb --pgdata="$PGDATA" --username=postgres --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  {
    echo "listen_addresses = '*'"
    echo "unix_socket_directories = '/run/postgresql'"
  } >>"$PGDATA/postgresql.conf"
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
  # A server on the socket only, for the set-up, so that nobody connects before the role exists.
  pg_ctl --pgdata="$PGDATA" --options="-c listen_addresses=''" --wait --silent start
  psql --quiet --set ON_ERROR_STOP=1 --username=postgres --dbname=postgres \
    --set user="$POSTGRES_USER" --set password="$POSTGRES_PASSWORD" --set db="$POSTGRES_DB" <<'SQL'
CREATE ROLE :"user" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"user";
SQL
  pg_ctl --pgdata="$PGDATA" --mode=fast --wait --silent stop
  say "cluster ready"
fi

exec postgres -D "$PGDATA" "$@"
