-- The head of the audit chain (JdbcAuditSink, JdbcComplaintStore.saveAudited). Every append locks this row
-- (SELECT … FOR UPDATE) inside its transaction, links the new record onto head_hash and moves the head, so
-- that appends from every writer — threads, processes, hosts on the same database — form one chain in the
-- order of their commits. record_count counts the records of the chain. The row is seeded from a trail
-- written before this script (empty or not).
CREATE TABLE ${table_schema}${table_prefix}audit_chain_head (
    chain        VARCHAR(32)  NOT NULL,
    record_count BIGINT       NOT NULL,
    head_hash    VARCHAR(200) NOT NULL,
    CONSTRAINT ${table_prefix}audit_chain_head_pk PRIMARY KEY (chain)
)${table_options};

INSERT INTO ${table_schema}${table_prefix}audit_chain_head (chain, record_count, head_hash)
SELECT 'main', (SELECT COUNT(*) FROM ${table_schema}${table_prefix}audit_record),
       COALESCE((SELECT r.record_hash FROM ${table_schema}${table_prefix}audit_record r WHERE r.seq = (SELECT MAX(m.seq) FROM ${table_schema}${table_prefix}audit_record m)), '');
