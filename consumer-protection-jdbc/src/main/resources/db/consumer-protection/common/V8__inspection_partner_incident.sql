-- Personal-data incidents (IncidentStore), partners (PartnerRegistry), inspection plans, service inspections and
-- the inspection cadence (InspectionStore). Each row holds the record as JSON text (body) beside the columns the
-- store looks rows up and orders by; the version column carries the optimistic check. Instants are NUMERIC epoch
-- seconds with 9 decimals, as in V1. Order by id is done by the store in Java (String order), so no collation
-- differences between databases show. Placeholders as in V1 (${text_type}, ${table_options}).
CREATE TABLE ${table_schema}${table_prefix}data_incident (
    id            VARCHAR(64)    NOT NULL,
    version       BIGINT         NOT NULL,
    discovered_at NUMERIC(27, 9) NOT NULL,
    body          ${text_type}   NOT NULL,
    CONSTRAINT ${table_prefix}data_incident_pk PRIMARY KEY (id)
)${table_options};
CREATE INDEX ${table_prefix}data_incident_discovered_ix ON ${table_schema}${table_prefix}data_incident (discovered_at, id);

CREATE TABLE ${table_schema}${table_prefix}partner (
    id      VARCHAR(64)  NOT NULL,
    version BIGINT       NOT NULL,
    body    ${text_type} NOT NULL,
    CONSTRAINT ${table_prefix}partner_pk PRIMARY KEY (id)
)${table_options};

CREATE TABLE ${table_schema}${table_prefix}inspection_plan (
    id      VARCHAR(64)  NOT NULL,
    version BIGINT       NOT NULL,
    body    ${text_type} NOT NULL,
    CONSTRAINT ${table_prefix}inspection_plan_pk PRIMARY KEY (id)
)${table_options};

CREATE TABLE ${table_schema}${table_prefix}service_inspection (
    id           VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    inspected_on DATE         NOT NULL,
    body         ${text_type} NOT NULL,
    CONSTRAINT ${table_prefix}service_inspection_pk PRIMARY KEY (id)
)${table_options};
CREATE INDEX ${table_prefix}service_inspection_on_ix ON ${table_schema}${table_prefix}service_inspection (inspected_on, id);

CREATE TABLE ${table_schema}${table_prefix}inspection_cadence (
    id      VARCHAR(64)  NOT NULL,
    done_on DATE         NOT NULL,
    body    ${text_type} NOT NULL,
    CONSTRAINT ${table_prefix}inspection_cadence_pk PRIMARY KEY (id)
)${table_options};
CREATE INDEX ${table_prefix}inspection_cadence_on_ix ON ${table_schema}${table_prefix}inspection_cadence (done_on, id);
