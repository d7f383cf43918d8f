-- UPR Reviewer team workspace: the three roles and what each may do.
-- Run by the database's owner, connected to the team database, once the schema
-- exists (`python -m reviewer team init --url URL` makes the schema and runs
-- this); run it again after every upgrade of the program.  Then make each
-- person's login a member of one role: GRANT upr_reviewers TO ana;
-- (or `python -m reviewer team grant ana reviewer --url URL`).
--   upr_readers    read and search everything, change nothing
--   upr_reviewers  also tags, notes, links and their decisions, reviewed marks
--   upr_editors    also import and remove documents, the registry; everything
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'upr_readers') THEN CREATE ROLE upr_readers NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'upr_reviewers') THEN CREATE ROLE upr_reviewers NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'upr_editors') THEN CREATE ROLE upr_editors NOLOGIN; END IF; END $$;
-- in the database and schema connected to
DO $$ BEGIN
  EXECUTE format('REVOKE CONNECT ON DATABASE %2$I FROM PUBLIC', current_schema(), current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %2$I TO upr_readers, upr_reviewers, upr_editors', current_schema(), current_database());
  EXECUTE format('GRANT USAGE ON SCHEMA %1$I TO upr_readers, upr_reviewers, upr_editors', current_schema(), current_database());
  EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %1$I TO upr_readers, upr_reviewers, upr_editors', current_schema(), current_database());
  EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1$I TO upr_editors', current_schema(), current_database());
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1$I TO upr_reviewers, upr_editors', current_schema(), current_database());
  EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %1$I."tag", %1$I."paragraph_tag", %1$I."passage_tag", %1$I."note", %1$I."link", %1$I."history", %1$I."check_dismissal", %1$I."predecessor" TO upr_reviewers', current_schema(), current_database());
  EXECUTE format('GRANT INSERT ON %1$I."recommendation" TO upr_reviewers', current_schema(), current_database());
  EXECUTE format('GRANT UPDATE (reviewed_at, reviewed_by, changed_since_review) ON %1$I."paragraph" TO upr_reviewers', current_schema(), current_database());
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %1$I GRANT SELECT ON TABLES TO upr_readers, upr_reviewers, upr_editors', current_schema(), current_database());
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %1$I GRANT INSERT, UPDATE, DELETE ON TABLES TO upr_editors', current_schema(), current_database());
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %1$I GRANT USAGE, SELECT ON SEQUENCES TO upr_reviewers, upr_editors', current_schema(), current_database());
  EXECUTE format('REVOKE CREATE ON SCHEMA %1$I FROM PUBLIC', current_schema(), current_database());
END $$;
