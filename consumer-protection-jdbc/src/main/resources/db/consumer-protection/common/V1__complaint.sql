-- Complaints (ComplaintStore). One row per complaint; the parts that vary in shape (classification,
-- timeline, due dates) are JSON text so that a complaint is read with one row and written with one statement.
-- Instants are exact: NUMERIC epoch seconds with 9 decimals (nanoseconds), which sorts and compares
-- like the Instant itself on every database (PostgreSQL timestamps keep only microseconds).
-- Placeholders (Dialect, TableNames): ${table_schema}${table_prefix} before every name is where the tables are
-- (TableNames: a schema and a prefix, both empty by default); ${text_type} is TEXT on H2 and PostgreSQL and LONGTEXT
-- on MariaDB/MySQL; ${table_options} is empty on H2 and PostgreSQL and, on MariaDB/MySQL, InnoDB with utf8mb4
-- and a binary collation (so Chinese text and emoji are stored whole and keys compare exactly, as elsewhere).
CREATE TABLE ${table_schema}${table_prefix}complaint (
    id                         VARCHAR(200)  NOT NULL,
    version                    BIGINT        NOT NULL,
    channel                    VARCHAR(64)   NOT NULL,
    channel_reference          VARCHAR(200)  NOT NULL,
    source                     VARCHAR(64),
    complainant_kind           VARCHAR(32)   NOT NULL,
    complainant_reference      VARCHAR(200)  NOT NULL,
    complainant_name           VARCHAR(400),
    complainant_representation VARCHAR(32)   NOT NULL,
    representative_reference   VARCHAR(200),
    joint_complainants         INTEGER       NOT NULL,
    respondent                 ${text_type},
    request                    ${text_type},
    narrative                  ${text_type},
    classification             ${text_type}  NOT NULL,
    complaint_level            VARCHAR(32),
    status                     VARCHAR(64)   NOT NULL,
    received_at                NUMERIC(27, 9) NOT NULL,
    receiving_unit             VARCHAR(200),
    first_contact_handler      VARCHAR(200),
    current_handler            VARCHAR(200),
    related_complaint_id       VARCHAR(200),
    timeline                   ${text_type}  NOT NULL,
    due_dates                  ${text_type}  NOT NULL,
    CONSTRAINT ${table_prefix}complaint_pk PRIMARY KEY (id),
    CONSTRAINT ${table_prefix}complaint_channel_reference_uk UNIQUE (channel, channel_reference)
)${table_options};

-- stream(query): ordered by received_at then id, optionally filtered by unit, status and channel
CREATE INDEX ${table_prefix}complaint_received_ix ON ${table_schema}${table_prefix}complaint (received_at, id);
CREATE INDEX ${table_prefix}complaint_unit_received_ix ON ${table_schema}${table_prefix}complaint (receiving_unit, received_at, id);
CREATE INDEX ${table_prefix}complaint_status_received_ix ON ${table_schema}${table_prefix}complaint (status, received_at);
CREATE INDEX ${table_prefix}complaint_channel_received_ix ON ${table_schema}${table_prefix}complaint (channel, received_at);
