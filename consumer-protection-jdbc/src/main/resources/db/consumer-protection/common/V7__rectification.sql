-- Rectification items and accountability records (RectificationStore, JdbcRectificationStore). One row per item,
-- with its optimistic version; evidence is a JSON array of document references. Instants are NUMERIC epoch
-- seconds with 9 decimals, as in V1 (exact on every database). Placeholders as in V1 (${text_type},
-- ${table_options}). No column holds personal data: owners, verifiers and the people held accountable are
-- roles or staff ids.
CREATE TABLE ${table_schema}${table_prefix}rectification_item (
    id               VARCHAR(200)   NOT NULL,
    version          BIGINT         NOT NULL,
    source_kind      VARCHAR(32)    NOT NULL,
    source_reference VARCHAR(200)   NOT NULL,
    rule_key         VARCHAR(200)   NOT NULL,
    unit_id          VARCHAR(200)   NOT NULL,
    owner_role       VARCHAR(200)   NOT NULL,
    problem          ${text_type}   NOT NULL,
    plan             ${text_type}   NOT NULL,
    due_date         DATE           NOT NULL,
    opened_at        NUMERIC(27, 9) NOT NULL,
    started_at       NUMERIC(27, 9),
    done_at          NUMERIC(27, 9),
    evidence         ${text_type}   NOT NULL,
    verified_at      NUMERIC(27, 9),
    verified_by      VARCHAR(200)   NOT NULL,
    repeat_of        VARCHAR(200)   NOT NULL,
    CONSTRAINT ${table_prefix}rectification_item_pk PRIMARY KEY (id)
)${table_options};

-- findByUnitAndRule and findAll: in opening order
CREATE INDEX ${table_prefix}rectification_unit_rule_ix ON ${table_schema}${table_prefix}rectification_item (unit_id, rule_key, opened_at, id);
CREATE INDEX ${table_prefix}rectification_opened_ix ON ${table_schema}${table_prefix}rectification_item (opened_at, id);

CREATE TABLE ${table_schema}${table_prefix}rectification_accountability (
    seq          BIGINT ${identity},
    id           VARCHAR(200)   NOT NULL,
    item_id      VARCHAR(200)   NOT NULL,
    who          VARCHAR(200)   NOT NULL,
    what         ${text_type}   NOT NULL,
    outcome      VARCHAR(64)    NOT NULL,
    complaint_id VARCHAR(200)   NOT NULL,
    decided_at   NUMERIC(27, 9) NOT NULL,
    CONSTRAINT ${table_prefix}rectification_accountability_pk PRIMARY KEY (seq),
    CONSTRAINT ${table_prefix}rectification_accountability_uk UNIQUE (id),
    CONSTRAINT ${table_prefix}rectification_accountability_item_fk FOREIGN KEY (item_id) REFERENCES ${table_schema}${table_prefix}rectification_item (id)
)${table_options};

CREATE INDEX ${table_prefix}rectification_accountability_item_ix ON ${table_schema}${table_prefix}rectification_accountability (item_id, seq);
