-- Consumer-protection reviews (消保审查) for JdbcReviewStore: one row per review (findings and suggestions as JSON
-- arrays, written and read with Jackson), the marketing-item registry, and the append-only contract-template
-- revisions. Portable through the Dialect placeholders (H2, PostgreSQL, MariaDB).
CREATE TABLE ${table_schema}${table_prefix}review (
    id                VARCHAR(64)   NOT NULL,
    subject_kind      VARCHAR(32)   NOT NULL,
    subject_id        VARCHAR(64)   NOT NULL,
    subject_name      ${text_type}  NOT NULL,
    subject_version   VARCHAR(64)   NOT NULL,
    requesting_unit   ${text_type}  NOT NULL,
    requested_on      DATE          NOT NULL,
    checklist_version VARCHAR(64)   NOT NULL,
    item_ids          ${text_type}  NOT NULL,
    findings          ${text_type}  NOT NULL,
    suggestions       ${text_type}  NOT NULL,
    outcome           VARCHAR(32),
    decided_on        DATE,
    previous_id       VARCHAR(64),
    revision          BIGINT        NOT NULL,
    CONSTRAINT ${table_prefix}review_pk PRIMARY KEY (id)
)${table_options};

CREATE INDEX ${table_prefix}review_subject_ix ON ${table_schema}${table_prefix}review (subject_id, requested_on, id);
CREATE INDEX ${table_prefix}review_requested_ix ON ${table_schema}${table_prefix}review (requested_on, id);

CREATE TABLE ${table_schema}${table_prefix}review_marketing_item (
    subject_id         VARCHAR(64)   NOT NULL,
    item_name          ${text_type}  NOT NULL,
    item_version       VARCHAR(64)   NOT NULL,
    channel            VARCHAR(16)   NOT NULL,
    body               ${text_type}  NOT NULL,
    withdrawal_reason  ${text_type},
    withdrawing_review VARCHAR(64),
    withdrawn_from     DATE,
    CONSTRAINT ${table_prefix}review_marketing_item_pk PRIMARY KEY (subject_id)
)${table_options};

CREATE TABLE ${table_schema}${table_prefix}review_template_revision (
    template_id      VARCHAR(64)   NOT NULL,
    revision_version VARCHAR(64)   NOT NULL,
    template_name    ${text_type}  NOT NULL,
    effective_on     DATE          NOT NULL,
    body             ${text_type}  NOT NULL,
    change_note      ${text_type}  NOT NULL,
    review_id        VARCHAR(64),
    CONSTRAINT ${table_prefix}review_template_revision_pk PRIMARY KEY (template_id, revision_version)
)${table_options};
