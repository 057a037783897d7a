package io.consumerprotection.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.jdbc.JdbcObservations;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The starter on H2 inside Spring transactions: a transaction that rolls back leaves nothing written (complaint,
 * acknowledgement nor audit record), one that commits keeps them; the tables carry the configured prefix; the
 * dispatcher delivers the outbox to the application's gateway; the health indicator reports the chain intact.
 */
@SpringBootTest(classes = SpringTransactionsTest.App.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:starter-tx;DB_CLOSE_DELAY=-1",
        "consumer-protection.jdbc.table-prefix=xb_",
        "consumer-protection.outbox.dispatch-interval=50ms",
        // Boot 3.5.7's FlywayAutoConfiguration calls a method Flyway 13 (the SDK's build version) removed; the
        // SDK migrates its own tables, and an application on Boot's BOM has Boot's Flyway 11 (examples/spring-boot)
        "spring.flyway.enabled=false"})
class SpringTransactionsTest {

    static final Instant RECEIVED = Instant.parse("2026-03-02T01:00:00Z");
    static final List<String> DELIVERED = java.util.Collections.synchronizedList(new ArrayList<>());

    @SpringBootApplication
    static class App {
        @Bean
        Clock clock() {
            return Clock.fixed(RECEIVED.plusSeconds(600), ZoneOffset.UTC);
        }

        @Bean
        NotificationGateway gateway() {
            return n -> DELIVERED.add(n.id());
        }
    }

    @Autowired
    ConsumerProtection cp;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcObservations observations;
    @Autowired
    ConsumerProtectionHealthIndicator health;

    private void intake(String reference) {
        cp.complaints().intake(Intake.builder()
                .channel(Channel.HOTLINE).channelReference(reference)
                .complainant(Complainant.person("CUST-10086", "欧阳娜娜"))
                .request("退还信用卡年费").narrative("信用卡年费未经告知被扣收300元，要求退还。")
                .receivedAt(RECEIVED).receivingUnit("BR-0101").firstContactHandler("EMP-001")
                .build(), "EMP-001");
    }

    private long rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM xb_" + table, Long.class);
    }

    @Test
    void aRollbackLeavesNothingWrittenAndACommitKeepsEverything() {
        long complaints = rows("complaint");
        long audit = rows("audit_record");
        long outbox = rows("notification_outbox");

        transactions.executeWithoutResult(status -> {
            intake("95588-ROLLBACK-1");
            assertThat(rows("complaint")).as("visible inside the transaction").isEqualTo(complaints + 1);
            status.setRollbackOnly();
        });
        assertThat(rows("complaint")).isEqualTo(complaints);
        assertThat(rows("audit_record")).isEqualTo(audit);
        assertThat(rows("notification_outbox")).isEqualTo(outbox);

        transactions.executeWithoutResult(status -> intake("95588-COMMIT-1"));
        assertThat(rows("complaint")).isEqualTo(complaints + 1);
        assertThat(rows("audit_record")).isGreaterThan(audit);

        Health h = health.health();
        assertThat(h.getStatus()).isEqualTo(Status.UP);
        assertThat(observations.latestAuditLinks(100).intact()).isTrue();
    }

    @Autowired
    io.consumerprotection.jdbc.JdbcReviewStore reviews;

    @Test
    void aRollbackLeavesNoReviewWritten() {
        io.consumerprotection.spi.review.ReviewRecord review = new io.consumerprotection.spi.review.ReviewRecord(
                "RV-TX-1", "PRODUCT", "zxy", "“智享盈”结构性存款", "1.0", "个人金融部", java.time.LocalDate.of(2026, 3, 2),
                "2026a", List.of("DISC-01"), List.of(), List.of(), null, null, null, 1);
        transactions.executeWithoutResult(status -> {
            reviews.saveReview(review);
            assertThat(reviews.findReview("RV-TX-1")).as("visible inside the transaction").isPresent();
            status.setRollbackOnly();
        });
        assertThat(rows("review")).isZero();
        assertThat(reviews.findReview("RV-TX-1")).isEmpty();

        transactions.executeWithoutResult(status -> reviews.saveReview(review));
        assertThat(rows("review")).isEqualTo(1);
    }

    @Test
    void theDispatcherDeliversTheOutboxToTheGateway() throws InterruptedException {
        intake("95588-DISPATCH-1");
        List<String> queued = jdbc.queryForList("SELECT id FROM xb_notification_outbox", String.class);
        for (int i = 0; i < 200 && !DELIVERED.containsAll(queued); i++) {
            Thread.sleep(50);
        }
        assertThat(DELIVERED).containsAll(queued);
        assertThat(DELIVERED).doesNotHaveDuplicates();
    }
}
