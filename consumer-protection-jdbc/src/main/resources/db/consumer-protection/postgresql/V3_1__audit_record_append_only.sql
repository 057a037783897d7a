-- PostgreSQL only: the audit trail refuses every change but INSERT, whoever connects.
CREATE FUNCTION ${table_schema}${table_prefix}audit_record_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_record is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ${table_prefix}audit_record_no_update_or_delete
    BEFORE UPDATE OR DELETE ON ${table_schema}${table_prefix}audit_record
    FOR EACH ROW EXECUTE FUNCTION ${table_schema}${table_prefix}audit_record_append_only();

CREATE TRIGGER ${table_prefix}audit_record_no_truncate
    BEFORE TRUNCATE ON ${table_schema}${table_prefix}audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION ${table_schema}${table_prefix}audit_record_append_only();
