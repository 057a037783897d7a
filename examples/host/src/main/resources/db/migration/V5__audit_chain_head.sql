-- The head of the audit chain (JdbcAuditSink, JdbcComplaintStore.saveAudited). Every append locks this row
-- (SELECT … FOR UPDATE) inside its transaction, links the new record onto head_hash and moves the head, so
-- that appends from every writer — threads, processes, hosts on the same database — form one chain in the
-- order of their commits. record_count counts the records of the chain. The row is seeded from a trail
-- written before this script (empty or not).
CREATE TABLE audit_chain_head (
    chain        VARCHAR(32)  NOT NULL,
    record_count BIGINT       NOT NULL,
    head_hash    VARCHAR(200) NOT NULL,
    CONSTRAINT audit_chain_head_pk PRIMARY KEY (chain)
)${table_options};

INSERT INTO audit_chain_head (chain, record_count, head_hash)
SELECT 'main', (SELECT COUNT(*) FROM audit_record),
       COALESCE((SELECT r.record_hash FROM audit_record r WHERE r.seq = (SELECT MAX(m.seq) FROM audit_record m)), '');
