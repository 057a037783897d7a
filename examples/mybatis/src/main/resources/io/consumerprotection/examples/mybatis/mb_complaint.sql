-- The table of MyBatisComplaintStore. TEXT is PostgreSQL's (H2 accepts it in MODE=PostgreSQL).
CREATE TABLE mb_complaint (
    id                VARCHAR(200)   NOT NULL,
    version           BIGINT         NOT NULL,
    channel           VARCHAR(64)    NOT NULL,
    channel_reference VARCHAR(200)   NOT NULL,
    status            VARCHAR(64)    NOT NULL,
    receiving_unit    VARCHAR(200),
    received_at       NUMERIC(27, 9) NOT NULL,
    body              TEXT           NOT NULL,
    CONSTRAINT mb_complaint_pk PRIMARY KEY (id),
    CONSTRAINT mb_complaint_channel_reference_uk UNIQUE (channel, channel_reference)
);
CREATE INDEX mb_complaint_received_ix ON mb_complaint (received_at, id);
