package io.consumerprotection.core.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RectificationItemTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant OPENED = Instant.parse("2025-04-01T02:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2025, 4, 30);

    private static RectificationItem item() {
        return RectificationItem.open(RectificationId.of("R-1"),
                SourceReference.of(RectificationSource.DUAL_CHECK, "SC-2025-07"), "CP-COMPLAINT-001", "BR-021",
                "BRANCH-HEAD", "投诉登记不完整", DUE, OPENED, SHANGHAI);
    }

    @Test
    void followsTheStepsToVerifiedClosure() {
        RectificationItem open = item();
        assertThat(open.status(OPENED, SHANGHAI)).isEqualTo(RectificationStatus.OPEN);

        RectificationItem started = open.withPlan("补录登记并培训").start(OPENED.plusSeconds(86_400));
        assertThat(started.status(OPENED.plusSeconds(90_000), SHANGHAI)).isEqualTo(RectificationStatus.IN_PROGRESS);

        RectificationItem done = started.complete(Instant.parse("2025-04-20T08:00:00Z"), List.of("DOC-1"));
        assertThat(done.status(Instant.parse("2025-04-21T00:00:00Z"), SHANGHAI)).isEqualTo(RectificationStatus.DONE);
        // before the completion instant the past status is still in progress
        assertThat(done.status(Instant.parse("2025-04-19T00:00:00Z"), SHANGHAI))
                .isEqualTo(RectificationStatus.IN_PROGRESS);

        RectificationItem verified = done.verify(Instant.parse("2025-04-25T08:00:00Z"), "CP-DEPT");
        assertThat(verified.status(Instant.parse("2025-06-01T00:00:00Z"), SHANGHAI))
                .isEqualTo(RectificationStatus.VERIFIED);
        assertThat(verified.finishedLate(SHANGHAI)).isFalse();
    }

    @Test
    void theDueDayIsInclusiveInTheHostZone() {
        RectificationItem started = item().withPlan("p").start(OPENED);
        // 2025-04-30T15:59:59Z is 23:59:59 on the due day in Shanghai: not yet overdue
        assertThat(started.status(Instant.parse("2025-04-30T15:59:59Z"), SHANGHAI))
                .isEqualTo(RectificationStatus.IN_PROGRESS);
        // one second later it is 5月1日 in Shanghai
        assertThat(started.status(Instant.parse("2025-04-30T16:00:00Z"), SHANGHAI))
                .isEqualTo(RectificationStatus.OVERDUE);
        // and in UTC the same instant is still the due day
        assertThat(started.status(Instant.parse("2025-04-30T16:00:00Z"), ZoneId.of("UTC")))
                .isEqualTo(RectificationStatus.IN_PROGRESS);
    }

    @Test
    void doneLateIsDoneNotOverdueButFinishedLate() {
        RectificationItem late = item().withPlan("p").complete(Instant.parse("2025-05-10T02:00:00Z"), List.of("DOC"));
        assertThat(late.status(Instant.parse("2025-05-11T00:00:00Z"), SHANGHAI)).isEqualTo(RectificationStatus.DONE);
        assertThat(late.status(Instant.parse("2025-05-05T00:00:00Z"), SHANGHAI))
                .isEqualTo(RectificationStatus.OVERDUE);
        assertThat(late.finishedLate(SHANGHAI)).isTrue();
    }

    @Test
    void outOfOrderStepsNameTheFieldAndRule() {
        assertThatThrownBy(() -> item().verify(OPENED, "CP-DEPT"))
                .isInstanceOfSatisfying(InvalidRectificationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("NOT_DONE"));
        assertThatThrownBy(() -> item().complete(OPENED, List.of()))
                .isInstanceOfSatisfying(InvalidRectificationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("plan", "evidence"));
        assertThatThrownBy(() -> item().start(OPENED.minusSeconds(1)))
                .isInstanceOfSatisfying(InvalidRectificationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("BEFORE_OPENING"));
        RectificationItem done = item().withPlan("p").complete(OPENED, List.of("D"));
        assertThatThrownBy(() -> done.complete(OPENED, List.of("D")))
                .isInstanceOfSatisfying(InvalidRectificationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("ALREADY_DONE"));
        RectificationItem verified = done.verify(OPENED, "CP");
        assertThatThrownBy(() -> verified.verify(OPENED, "CP"))
                .isInstanceOfSatisfying(InvalidRectificationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("ALREADY_VERIFIED"));
    }

    @Test
    void openingListsEveryViolation() {
        assertThatThrownBy(() -> RectificationItem.open(RectificationId.of("R-2"),
                SourceReference.of(RectificationSource.AUDIT_FINDING, ""), "", " ", "", "", LocalDate.of(2025, 3, 1),
                OPENED, SHANGHAI))
                .isInstanceOfSatisfying(InvalidRectificationException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_RECTIFICATION");
                    assertThat(e.violations()).extracting(Violation::field)
                            .containsExactly("ownerUnit", "ownerRole", "problem", "dueDate");
                });
    }

    @Test
    void toStringCarriesNoProblemTextOrPlan() {
        RectificationItem i = item().withPlan("联系客户13800138000");
        assertThat(i.toString()).doesNotContain("13800138000").doesNotContain("投诉登记不完整");
    }
}
