-- Roles for district project stores on PostgreSQL/PostGIS (Cultural District Planner, issue #17).
--
-- One district project = one schema. Run once per project schema, as a role that owns it (or a superuser):
--
--   psql "service=regione" -v schema=val_di_noto -f roles.sql
--
-- It creates (once per database cluster) two group roles and grants them the project's schema:
--   district_viewers  read every table (open the store, run the analyses, export documents);
--   district_editors  also write (imports, builds, check runs, the paint tool, removing a batch).
-- Planners are then login roles in one of them, e.g.
--   CREATE ROLE anna LOGIN PASSWORD '…' IN ROLE district_editors;
--   CREATE ROLE marco LOGIN PASSWORD '…' IN ROLE district_viewers;
-- With a viewer's role the plugin opens the store and reads it; a write is refused with a message saying the
-- role may only read it, and nothing is written.
-- Creating new project schemas (createstore, copystore into PostGIS) needs the CREATE right on the database:
--   GRANT CREATE ON DATABASE distretti TO district_editors;   -- optional, for editors who start projects

\set ON_ERROR_STOP on

SELECT 'CREATE ROLE district_viewers NOLOGIN'
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'district_viewers') \gexec
SELECT 'CREATE ROLE district_editors NOLOGIN'
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'district_editors') \gexec

GRANT USAGE ON SCHEMA :"schema" TO district_viewers, district_editors;
GRANT SELECT ON ALL TABLES IN SCHEMA :"schema" TO district_viewers;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA :"schema" TO district_editors;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA :"schema" TO district_editors;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA :"schema" TO district_viewers, district_editors;

-- QGIS's own table of saved layer styles (the stores' default styles live there): everyone reads it.
SELECT 'GRANT SELECT ON public.layer_styles TO district_viewers, district_editors'
WHERE to_regclass('public.layer_styles') IS NOT NULL \gexec
