package io.consumerprotection.jdbc;

import io.consumerprotection.spi.contract.ReviewStoreContractTest;
import io.consumerprotection.spi.review.ReviewStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link ReviewStore} for {@link JdbcReviewStore} on mariadb, in tables of their own (a
 * prefix of {@link TableNames}); skipped with a message when the server does not answer.
 */
class JdbcReviewStoreMariaDbTest extends ReviewStoreContractTest {

    private TestDatabase db;

    @Override
    protected ReviewStore newStore() {
        db = TestDatabase.open(TestDatabase.Kind.MARIADB);
        return new JdbcReviewStore(db.dataSource, db.tables);
    }

    @AfterEach
    void dropTables() throws SQLException {
        if (db != null) {
            try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String t : List.of("review", "review_marketing_item", "review_template_revision")) {
                    s.execute("DROP TABLE IF EXISTS " + db.tables.table(t));
                }
            }
            db.close();
        }
    }
}
