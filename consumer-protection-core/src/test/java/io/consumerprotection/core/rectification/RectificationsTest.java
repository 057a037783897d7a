package io.consumerprotection.core.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.spi.rectification.RectificationConflictException;
import io.consumerprotection.testkit.InMemoryRectificationStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RectificationsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant T0 = Instant.parse("2025-01-10T02:00:00Z");

    private final Rectifications register = Rectifications.on(new InMemoryRectificationStore());

    private static RectificationItem draft(String id, String unit, String rule, int days) {
        Instant at = T0.plusSeconds(86_400L * days);
        return RectificationItem.open(RectificationId.of(id), SourceReference.of(RectificationSource.AUDIT_FINDING,
                "F-" + id), rule, unit, "BRANCH-HEAD", "超时", at.atZone(ZONE).toLocalDate().plusDays(30), at, ZONE);
    }

    @Test
    void aRepeatAtTheSameUnitLinksToTheLatestEarlierItem() {
        RectificationItem first = register.open(draft("R-1", "BR-1", "CP-COMPLAINT-001", 0));
        register.open(draft("R-X", "BR-2", "CP-COMPLAINT-001", 5));
        register.open(draft("R-Y", "BR-1", "CP-COMPLAINT-002", 6));
        RectificationItem second = register.open(draft("R-2", "BR-1", "CP-COMPLAINT-001", 10));
        RectificationItem third = register.open(draft("R-3", "BR-1", "CP-COMPLAINT-001", 20));

        assertThat(first.repeatOf()).isEmpty();
        assertThat(second.repeatOf()).contains(RectificationId.of("R-1"));
        assertThat(third.repeatOf()).contains(RectificationId.of("R-2"));
        assertThat(register.history("BR-1", "CP-COMPLAINT-001")).extracting(RectificationItem::id)
                .containsExactly(RectificationId.of("R-1"), RectificationId.of("R-2"), RectificationId.of("R-3"));
        assertThat(register.find(RectificationId.of("R-X")).orElseThrow().repeatOf()).isEmpty();
    }

    @Test
    void itemsWithoutARuleKeyAreNeverLinked() {
        register.open(draft("R-1", "BR-1", "", 0));
        assertThat(register.open(draft("R-2", "BR-1", "", 1)).repeatOf()).isEmpty();
    }

    @Test
    void stepsRoundTripThroughTheStoreWithVersions() {
        RectificationItem stored = register.open(draft("R-1", "BR-1", "CP-COMPLAINT-001", 0));
        assertThat(stored.version()).isEqualTo(1);
        RectificationItem closed = register.save(stored.withPlan("修订流程").complete(T0.plusSeconds(3600),
                List.of("DOC-9")).verify(T0.plusSeconds(7200), "CP-DEPT"));
        assertThat(closed.version()).isEqualTo(2);
        assertThat(register.get(RectificationId.of("R-1"))).isEqualTo(closed);
        assertThat(closed.status(T0.plusSeconds(7200), ZONE)).isEqualTo(RectificationStatus.VERIFIED);
        assertThatThrownBy(() -> register.save(stored.withPlan("另一个")))
                .isInstanceOf(RectificationConflictException.class);
        assertThatThrownBy(() -> register.get(RectificationId.of("R-404")))
                .isInstanceOf(RectificationNotFoundException.class);
    }

    @Test
    void accountabilityIsKeptWithTheComplaintAndTheVeto() {
        register.open(draft("R-1", "BR-1", "CP-COMPLAINT-001", 0));
        Accountability veto = Accountability.of(RectificationId.of("A-1"), RectificationId.of("R-1"), "STAFF-0042",
                "有效投诉", AccountabilityOutcome.RATING_VETO, T0).withComplaint(ComplaintId.of("CP-2025-1"));
        register.hold(veto);

        assertThat(register.accountability(RectificationId.of("R-1"))).containsExactly(veto);
        assertThat(veto.vetoesRating()).isTrue();
        assertThatThrownBy(() -> register.hold(Accountability.of(RectificationId.of("A-2"),
                RectificationId.of("R-404"), "X", "Y", AccountabilityOutcome.CRITICISM, T0)))
                .isInstanceOf(RectificationNotFoundException.class);
    }
}
