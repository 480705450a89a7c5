-- The PostgreSQL roles of one OpenRCM service database, for a server the operator runs (production, or the launcher's
-- --postgres-url option with an administrator that may not create roles). The launcher and the test infrastructure do
-- the same in Java (deploy/infra PostgresRoles). Run once per database, as a superuser or a CREATEROLE/CREATEDB admin:
--
--   psql -v db=claims -v owner_password="$OWNER_PW" -v app_password="$APP_PW" -f deploy/postgres/service-roles.sql
--
-- Databases: code, claims, reimbursement, dashboard. Then give the service
--   QUARKUS_FLYWAY_USERNAME=rcm_<db>_owner      QUARKUS_FLYWAY_PASSWORD=<owner_password>   (runs the migrations)
--   QUARKUS_DATASOURCE_USERNAME=rcm_<db>_app    QUARKUS_DATASOURCE_PASSWORD=<app_password> (what the service runs as)
-- The app role only reads and writes rows: it owns nothing, so it cannot alter, disable or drop the append-only
-- triggers of the ledger, the parked-event actions or the audit trail, nor TRUNCATE, nor reach another database.
-- pg_hba.conf should say scram-sha-256 (never trust) and password_encryption = scram-sha-256.

\set ON_ERROR_STOP on
SELECT 'rcm_' || :'db' || '_owner' AS owner, 'rcm_' || :'db' || '_app' AS app \gset

SELECT format('CREATE ROLE %I', :'owner') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I', :'app') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
              :'owner', :'owner_password') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
              :'app', :'app_password') \gexec

SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'owner')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'owner') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db') \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', :'db', :'app') \gexec

\connect :db
SELECT format('ALTER SCHEMA public OWNER TO %I', :'owner') \gexec
REVOKE ALL ON SCHEMA public FROM PUBLIC;
SELECT format('GRANT USAGE ON SCHEMA public TO %I', :'app') \gexec
SELECT format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', :'app') \gexec
SELECT format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', :'app') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
              :'owner', :'app') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I',
              :'owner', :'app') \gexec
