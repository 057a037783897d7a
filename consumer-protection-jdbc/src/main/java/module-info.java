/**
 * The SPI on a JDBC {@code DataSource} the host owns: complaint, review, rectification, inspection, partner and
 * incident stores, the notification outbox with its dispatcher and the append-only audit trail
 * ({@code io.consumerprotection.jdbc}, the one exported package). Its package-private helpers (row mappers,
 * cursors, the transaction plumbing) stay inside; {@code io.consumerprotection.spi.internal}, which the spi exports
 * to this module only, is read here and not passed on.
 *
 * <p>Flyway is optional, as in the pom: only {@link io.consumerprotection.jdbc.JdbcSchema} uses it
 * ({@code requires static}). Flyway's jars carry no module name (neither a descriptor nor an
 * {@code Automatic-Module-Name}), so on the module path the module is named after the jar file,
 * {@code flyway-core-<version>.jar} being {@code flyway.core}; a host's own module that migrates with
 * {@code JdbcSchema} requires {@code flyway.core} (or adds it with {@code --add-modules flyway.core}). The migration
 * scripts under {@code db/consumer-protection} are not in a package and so are readable from outside the module, as
 * Flyway needs.
 */
module io.consumerprotection.jdbc {
    requires transitive io.consumerprotection.spi;
    requires transitive java.sql;
    requires org.slf4j;
    requires tools.jackson.databind;
    requires static flyway.core;

    exports io.consumerprotection.jdbc;
}
