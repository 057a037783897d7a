-- The application's own migration: its V1 and flyway_schema_history, beside the SDK's V1 in consumer_protection_schema_history.
CREATE TABLE call_log (call_id VARCHAR(64) PRIMARY KEY, complaint_id VARCHAR(64) NOT NULL);
