package io.consumerprotection.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.StaleWriteException;
import io.consumerprotection.spi.partner.PartnerRecord;
import io.consumerprotection.spi.partner.PartnerStatusRecord;
import io.consumerprotection.spi.review.ReviewRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The review store and the partner registry (the V6 and V8 stores; the rectification, incident and inspection
 * stores run on the same {@code Transactions}) inside a caller's transaction: its rollback leaves nothing written,
 * its commit keeps both, and a save refused inside it leaves the caller's earlier work as it was.
 */
class JoinedTransactionStoresTest {

    private static final LocalDate D = LocalDate.of(2026, 3, 2);
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private TestDatabase db;
    private Connection callers;
    private final TransactionContext context = dataSource -> Optional.ofNullable(callers);

    @AfterEach
    void close() throws SQLException {
        if (callers != null) {
            callers.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private void begin(TestDatabase.Kind kind) throws SQLException {
        db = TestDatabase.open(kind);
        callers = db.dataSource.getConnection();
        callers.setAutoCommit(false);
    }

    private static ReviewRecord review(String id) {
        return new ReviewRecord(id, "PRODUCT", "zxy", "“智享盈”结构性存款", "1.0", "个人金融部", D, "2026a",
                List.of("DISC-01"), List.of(), List.of(), null, null, null, 1);
    }

    private static PartnerRecord partner(String id) {
        return new PartnerRecord(id, "某某人寿保险股份有限公司", "INSURER", "PENDING", "", Set.of(), Set.of(), null, 0, null,
                List.of(new PartnerStatusRecord("PENDING", T0, "STAFF-1", "申请准入")), List.of(), 1);
    }

    private List<String> committed(String table) {
        return db.column("SELECT id FROM " + db.tables.table(table) + " ORDER BY id");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theCallersRollbackLeavesNothingWritten(TestDatabase.Kind kind) throws SQLException {
        begin(kind);
        JdbcReviewStore reviews = new JdbcReviewStore(db.dataSource, db.tables, context);
        JdbcPartnerRegistry partners = new JdbcPartnerRegistry(db.dataSource, db.tables, context);
        reviews.saveReview(review("RV-1"));
        partners.save(partner("P-1"), 0);
        assertThat(reviews.findReview("RV-1")).as("read on the caller's connection").isPresent();
        assertThat(partners.find("P-1")).as("read on the caller's connection").isPresent();
        assertThat(committed("review")).as("not committed yet").isEmpty();
        assertThat(committed("partner")).as("not committed yet").isEmpty();

        callers.rollback();

        assertThat(committed("review")).isEmpty();
        assertThat(committed("partner")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theCallersCommitKeepsBoth(TestDatabase.Kind kind) throws SQLException {
        begin(kind);
        new JdbcReviewStore(db.dataSource, db.tables, context).saveReview(review("RV-1"));
        new JdbcPartnerRegistry(db.dataSource, db.tables, context).save(partner("P-1"), 0);

        callers.commit();

        assertThat(committed("review")).containsExactly("RV-1");
        assertThat(committed("partner")).containsExactly("P-1");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRefusedSaveLeavesTheCallersEarlierWork(TestDatabase.Kind kind) throws SQLException {
        begin(kind);
        JdbcReviewStore reviews = new JdbcReviewStore(db.dataSource, db.tables, context);
        JdbcPartnerRegistry partners = new JdbcPartnerRegistry(db.dataSource, db.tables, context);
        reviews.saveReview(review("RV-1"));
        partners.save(partner("P-1"), 0);

        assertThatThrownBy(() -> partners.save(partner("P-1"), 0)).isInstanceOfSatisfying(StaleWriteException.class,
                e -> assertThat(e.actualVersion()).isEqualTo(1));
        assertThatThrownBy(() -> reviews.saveReview(review("RV-1")))
                .isInstanceOfSatisfying(ConsumerProtectionException.class,
                        e -> assertThat(e.code()).isEqualTo("VERSION_CONFLICT"));
        reviews.saveReview(review("RV-2"));
        callers.commit();

        assertThat(committed("review")).containsExactly("RV-1", "RV-2");
        assertThat(committed("partner")).containsExactly("P-1");
    }
}
