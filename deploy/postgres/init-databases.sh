#!/bin/sh
# Creates one login role and one database per service, and one for Keycloak. The postgres image runs this once, when
# its data volume is empty (/docker-entrypoint-initdb.d). Passwords come from the environment (docker-compose.yml);
# a service's role owns its database, so Flyway can create its schema and nothing else.
set -eu

create_database() {
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set=name="$1" --set=password="$2" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create_database meetings "$MEETINGS_DB_PASSWORD"
create_database budget "$BUDGET_DB_PASSWORD"
create_database strategy "$STRATEGY_DB_PASSWORD"
create_database keycloak "$KEYCLOAK_DB_PASSWORD"
