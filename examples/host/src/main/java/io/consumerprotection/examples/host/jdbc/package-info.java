/**
 * The SPI on JDBC: a complaint store, a transactional notification outbox with its dispatcher and an
 * append-only audit trail, migrated by Flyway, on embedded H2 by default and on PostgreSQL by URL.
 */
package io.consumerprotection.examples.host.jdbc;
