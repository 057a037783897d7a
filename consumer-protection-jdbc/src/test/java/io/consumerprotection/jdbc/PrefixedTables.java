package io.consumerprotection.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Drops the tables of the V6 to V8 stores (reviews, rectification items, inspections, partners, incidents) that a
 * MariaDB test created under its unique prefix, before {@link TestDatabase#close()} drops the V1 to V5 tables.
 * PostgreSQL and H2 drop the whole schema or database and need nothing here.
 */
final class PrefixedTables {

    /** The tables of V6 to V8, children before parents. */
    static final List<String> V6_TO_V8 = List.of("review_template_revision", "review_marketing_item", "review", "rectification_accountability",
            "rectification_item", "data_incident", "partner", "inspection_cadence", "service_inspection", "inspection_plan");

    private PrefixedTables() {
    }

    /** Drops those tables when {@code db} is MariaDB; closes {@code db}. */
    static void dropAndClose(TestDatabase db) {
        if (db == null) {
            return;
        }
        if (db.kind == TestDatabase.Kind.MARIADB) {
            try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String t : V6_TO_V8) {
                    s.execute("DROP TABLE IF EXISTS " + db.tables.table(t));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop the test tables", e);
            }
        }
        db.close();
    }
}
