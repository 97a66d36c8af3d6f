#!/usr/bin/env bash
# The image's entrypoint: chooses GradFlow's database, then replaces itself with the JVM (exec), so
# that SIGTERM from `docker stop` reaches Java, which shuts down gracefully.
#
#   GRADFLOW_DATABASE=h2        (default) the embedded H2 database in files under GRADFLOW_DATA_DIR,
#                               the image's volume /srv/gradflow/data
#   GRADFLOW_DATABASE=postgres  PostgreSQL: SPRING_DATASOURCE_URL/USERNAME/PASSWORD are set from
#                               GRADFLOW_POSTGRES_HOST (postgres), GRADFLOW_POSTGRES_PORT (5432),
#                               GRADFLOW_POSTGRES_DB (gradflow), GRADFLOW_POSTGRES_USER (gradflow) and
#                               GRADFLOW_POSTGRES_PASSWORD; SPRING_DATASOURCE_* given explicitly win
#   GRADFLOW_DATABASE=auto      PostgreSQL when the host GRADFLOW_POSTGRES_HOST resolves (in a compose
#                               project: when the `postgres` profile's service runs), else H2
#   JAVA_OPTS                   more JVM options, e.g. -Xmx2g (by default the heap may take 75 % of
#                               the container's memory limit)
# Arguments are passed to GradFlow, e.g. --server.port=9000.
set -euo pipefail

say() { echo "gradflow-entrypoint: $*" >&2; }

pg_host=${GRADFLOW_POSTGRES_HOST:-postgres}
pg_port=${GRADFLOW_POSTGRES_PORT:-5432}
database=${GRADFLOW_DATABASE:-h2}

if [[ $database == auto ]]; then
  if [[ -n ${SPRING_DATASOURCE_URL:-} ]]; then
    database=explicit
    say "database: ${SPRING_DATASOURCE_URL%%\?*} (GRADFLOW_DATABASE=auto, and SPRING_DATASOURCE_URL is set)"
  elif getent hosts "$pg_host" >/dev/null 2>&1; then
    database=postgres
    say "database: PostgreSQL at $pg_host:$pg_port (GRADFLOW_DATABASE=auto, and the host $pg_host resolves)"
  else
    database=h2
    say "database: H2 in $GRADFLOW_DATA_DIR (GRADFLOW_DATABASE=auto, and no host $pg_host resolves)"
  fi
elif [[ $database == h2 ]]; then
  say "database: H2 in $GRADFLOW_DATA_DIR (GRADFLOW_DATABASE=h2)"
elif [[ $database == postgres ]]; then
  say "database: PostgreSQL at ${SPRING_DATASOURCE_URL:-$pg_host:$pg_port} (GRADFLOW_DATABASE=postgres)"
else
  say "GRADFLOW_DATABASE must be h2, postgres or auto, not '$database'"
  exit 64
fi

if [[ $database == postgres ]]; then
  if [[ -z ${SPRING_DATASOURCE_URL:-} ]]; then
    export SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/${GRADFLOW_POSTGRES_DB:-gradflow}"
    # Only then is the host known to wait for below.
    wait_for_postgres=yes
  fi
  export SPRING_DATASOURCE_USERNAME="${SPRING_DATASOURCE_USERNAME:-${GRADFLOW_POSTGRES_USER:-gradflow}}"
  if [[ -z ${SPRING_DATASOURCE_PASSWORD:-} ]]; then
    if [[ -z ${GRADFLOW_POSTGRES_PASSWORD:-} ]]; then
      say "PostgreSQL needs a password: set GRADFLOW_POSTGRES_PASSWORD (or SPRING_DATASOURCE_PASSWORD)"
      exit 64
    fi
    export SPRING_DATASOURCE_PASSWORD="$GRADFLOW_POSTGRES_PASSWORD"
  fi
  # Where nothing orders the start (podman-compose 1.0.3, Kubernetes), PostgreSQL may still be starting:
  # wait for its port rather than fail the first start. Compose's depends_on (service_healthy) makes
  # this instant on Docker.
  if [[ ${wait_for_postgres:-} == yes ]]; then
    for ((waited = 0; ; waited++)); do
      if timeout 2 bash -c ": </dev/tcp/$pg_host/$pg_port" 2>/dev/null; then
        break
      fi
      if ((waited >= ${GRADFLOW_POSTGRES_WAIT_SECONDS:-60})); then
        say "PostgreSQL at $pg_host:$pg_port does not answer after $waited s; starting anyway"
        break
      fi
      ((waited % 10 == 0)) && say "waiting for PostgreSQL at $pg_host:$pg_port"
      sleep 1
    done
  fi
fi

# JAVA_OPTS is split on spaces on purpose: it holds several options.
# shellcheck disable=SC2086
exec java --add-modules jdk.incubator.vector -XX:MaxRAMPercentage=75 ${JAVA_OPTS:-} \
  -jar /srv/gradflow/gradflow.jar "$@"
