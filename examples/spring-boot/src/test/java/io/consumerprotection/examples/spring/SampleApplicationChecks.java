package io.consumerprotection.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.jdbc.TableNames;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the sample application must do on every database: both writes kept, or neither; healthy afterwards. */
abstract class SampleApplicationChecks {

    @Autowired
    ComplaintDesk desk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TableNames tables;
    @Autowired
    @Qualifier("consumerProtectionHealthIndicator")
    HealthIndicator health;

    private long count(String table, String where, String value) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + where + " = ?", Long.class, value);
    }

    @Test
    void aFailedCallLeavesNeitherTheComplaintNorItsAuditRecordsNorTheApplicationsRow() {
        String call = "CALL-" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> desk.takeCall(call, Instant.parse("2026-03-02T01:00:00Z"), true))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count(tables.table("complaint"), "channel_reference", call)).isZero();
        assertThat(count("call_log", "call_id", call)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + tables.table("audit_record")
                + " WHERE subject_id LIKE ?", Long.class, "%" + call + "%")).isZero();
    }

    @Test
    void aCallThatSucceedsKeepsBothAndTheTrailStaysLinked() {
        String call = "CALL-" + UUID.randomUUID().toString().substring(0, 8);
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM " + tables.table("audit_record"), Long.class);
        var c = desk.takeCall(call, Instant.parse("2026-03-02T01:00:00Z"), false);
        assertThat(count(tables.table("complaint"), "channel_reference", call)).isOne();
        assertThat(count("call_log", "complaint_id", c.id().value())).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + tables.table("audit_record"), Long.class))
                .isGreaterThan(before);
        // the health is DOWN exactly when a calendar's data has ended (the bundled CN data ends 2026-10-10, so that
        // depends on the day the test runs); the audit chain must be intact whatever the day
        var h = health.health();
        java.util.Map<?, ?> chain = (java.util.Map<?, ?>) h.getDetails().get("auditChain");
        assertThat(chain.get("brokenLinks")).as("%s", h.getDetails()).isEqualTo(0L);
        assertThat(chain.get("headMatches")).as("%s", h.getDetails()).isEqualTo(true);
        boolean calendarEnded = h.getDetails().get("calendars").toString().contains("status=ENDED");
        assertThat(h.getStatus()).isEqualTo(calendarEnded ? Status.DOWN : Status.UP);
    }
}
