-- The application role of a bank's PostgreSQL deployment (README, "Database roles"). Run as the migration
-- owner (the role that ran the Flyway migrations and owns the tables), once per schema, with the role created
-- beforehand by the DBA (CREATE ROLE ... LOGIN PASSWORD ...). The application connects as this role: it can
-- read and insert audit records but neither change nor delete them, nor disable, drop or replace the
-- append-only trigger (only the owner and superusers can); it cannot delete complaints or outbox rows.
-- ${app_role} and ${schema} are replaced by the caller (with a TableNames prefix, prefix every table name too).
GRANT USAGE ON SCHEMA ${schema} TO ${app_role};
GRANT SELECT, INSERT ON ${schema}.audit_record TO ${app_role};
GRANT SELECT, UPDATE ON ${schema}.audit_chain_head TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON ${schema}.complaint TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON ${schema}.notification_outbox TO ${app_role};
GRANT SELECT ON ${schema}.consumer_protection_schema_history TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON ${schema}.rectification_item TO ${app_role};
GRANT SELECT, INSERT ON ${schema}.rectification_accountability TO ${app_role};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${schema} TO ${app_role};
