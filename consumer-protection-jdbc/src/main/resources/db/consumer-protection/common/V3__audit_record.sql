-- The append-only audit trail (JdbcAuditSink). The SDK only ever inserts and reads; on PostgreSQL a trigger
-- also refuses UPDATE, DELETE and TRUNCATE (V3_1). seq gives the append order.
CREATE TABLE ${table_schema}${table_prefix}audit_record (
    seq           BIGINT ${identity},
    id            VARCHAR(200)  NOT NULL,
    occurred_at   NUMERIC(27, 9) NOT NULL,
    actor         VARCHAR(200)  NOT NULL,
    action        VARCHAR(100)  NOT NULL,
    subject_type  VARCHAR(100)  NOT NULL,
    subject_id    VARCHAR(200)  NOT NULL,
    purpose       ${text_type}  NOT NULL,
    outcome       VARCHAR(64)   NOT NULL,
    details       ${text_type}  NOT NULL,
    previous_hash VARCHAR(200)  NOT NULL,
    record_hash   VARCHAR(200)  NOT NULL,
    CONSTRAINT ${table_prefix}audit_record_pk PRIMARY KEY (seq),
    CONSTRAINT ${table_prefix}audit_record_id_uk UNIQUE (id)
)${table_options};

CREATE INDEX ${table_prefix}audit_record_subject_ix ON ${table_schema}${table_prefix}audit_record (subject_type, subject_id);
