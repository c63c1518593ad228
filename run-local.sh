#!/usr/bin/env bash
# Runs the whole Rådhus suite on this machine: PostgreSQL, Kafka, Keycloak, the three services and the web portal,
# bound to 127.0.0.1, with their data in .local/. Needs only a JDK 17. Ctrl-C (or SIGTERM) stops everything.
#
#   ./run-local.sh           build what is missing or out of date, then start (demo data on the first start)
#   ./run-local.sh --reset   start from a fresh state (deletes the data in .local/)
#
# Settings are environment variables; docs/local-run.md lists them.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")" && pwd)"
cd "$ROOT"

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$JAVA" >/dev/null 2>&1; then
  echo "No Java found. Install a JDK 17 (or newer) and put it on the PATH, or set JAVA_HOME." >&2
  exit 2
fi
JAVA_MAJOR="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [ -z "$JAVA_MAJOR" ] || [ "${JAVA_MAJOR%%.*}" -lt 17 ] 2>/dev/null; then
  echo "Java 17 or newer is needed; $JAVA is version ${JAVA_MAJOR:-unknown}." >&2
  exit 2
fi

LAUNCHER_JAR=local-launcher/target/radhus-local-launcher.jar
SERVICES=(meetings-service budget-service strategy-service)
PORTAL=web-portal

# The files a module's jar is built from.
sources_of() {
  local module
  for module in "$@"; do
    echo "$module/pom.xml" "$module/src/main/java" "$module/src/main/resources"
  done
}

# Prints why $1 needs building (missing, or older than one of the other arguments), or nothing.
stale() {
  local jar="$1"
  shift
  if [ ! -f "$jar" ]; then
    echo "$jar is missing"
    return
  fi
  local changed
  changed="$(find "$@" -type f -newer "$jar" -print 2>/dev/null | head -n 1)"
  if [ -n "$changed" ]; then
    echo "$changed is newer than $jar"
  fi
}

# Prints why a build is needed, or nothing when every jar is newer than its sources.
build_reason() {
  local reason service
  # shellcheck disable=SC2046 # the source lists are plain paths without spaces
  reason="$(stale "$LAUNCHER_JAR" pom.xml $(sources_of test-harness local-launcher))"
  for service in "${SERVICES[@]}"; do
    # shellcheck disable=SC2046
    reason="${reason:-$(stale "$service/target/quarkus-app/quarkus-run.jar" pom.xml \
      $(sources_of platform committee-directory "$service"))}"
  done
  # shellcheck disable=SC2046
  reason="${reason:-$(stale "$PORTAL/target/quarkus-app/quarkus-run.jar" pom.xml $(sources_of "$PORTAL"))}"
  echo "$reason"
}

REASON="$(build_reason)"
if [ -n "$REASON" ]; then
  # Only the launcher, the three services, the portal and the modules they need (-am); not the test-only modules.
  BUILD=(./mvnw -B -q package -DskipTests -pl "local-launcher,$(IFS=,; echo "${SERVICES[*]}"),$PORTAL" -am)
  echo "Building first ($REASON): ${BUILD[*]}"
  started=$SECONDS
  "${BUILD[@]}"
  echo "Built in $((SECONDS - started)) s."
fi

exec "$JAVA" -Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dradhus.repository.root="$ROOT" \
  -jar "$LAUNCHER_JAR" "$@"
