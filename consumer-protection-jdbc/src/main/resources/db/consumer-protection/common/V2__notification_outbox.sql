-- The transactional outbox (OutboxNotificationSender, OutboxDispatcher). A notification is inserted in the
-- same transaction as the complaint change that caused it; the dispatcher hands PENDING rows to the
-- downstream sender and marks them DELIVERED, or reschedules them with exponential back-off, or marks
-- them FAILED after the last attempt. Rows are never deleted by the SDK.
CREATE TABLE ${table_schema}${table_prefix}notification_outbox (
    seq             BIGINT ${identity},
    id              VARCHAR(200)  NOT NULL,
    kind            VARCHAR(64)   NOT NULL,
    recipient       VARCHAR(64)   NOT NULL,
    complaint_id    VARCHAR(200)  NOT NULL,
    channel         VARCHAR(64)   NOT NULL,
    due_dates       ${text_type}  NOT NULL,
    created_at      NUMERIC(27, 9) NOT NULL,
    body            ${text_type}  NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at NUMERIC(27, 9) NOT NULL,
    lease_owner     VARCHAR(200),
    lease_until     NUMERIC(27, 9),
    delivered_at    NUMERIC(27, 9),
    last_error      VARCHAR(500),
    CONSTRAINT ${table_prefix}notification_outbox_pk PRIMARY KEY (seq),
    CONSTRAINT ${table_prefix}notification_outbox_id_uk UNIQUE (id),
    CONSTRAINT ${table_prefix}notification_outbox_status_ck CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED'))
)${table_options};

-- the dispatcher's scan: pending rows that are due, oldest first
CREATE INDEX ${table_prefix}notification_outbox_pending_ix ON ${table_schema}${table_prefix}notification_outbox (status, next_attempt_at, seq);
CREATE INDEX ${table_prefix}notification_outbox_complaint_ix ON ${table_schema}${table_prefix}notification_outbox (complaint_id);
