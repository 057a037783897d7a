/**
 * The SPI on a JDBC {@code DataSource} the host owns: a complaint store, a transactional notification outbox with
 * its dispatcher and an append-only, hash-chained audit trail, on H2, PostgreSQL and MySQL/MariaDB, joining the
 * caller's transaction through {@link io.consumerprotection.jdbc.TransactionContext}, migrated by
 * {@link io.consumerprotection.jdbc.JdbcSchema} into tables named by {@link io.consumerprotection.jdbc.TableNames}.
 */
package io.consumerprotection.jdbc;
