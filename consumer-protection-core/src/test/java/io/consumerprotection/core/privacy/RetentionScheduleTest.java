package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionScheduleTest {

    private final RetentionSchedule schedule = RetentionSchedule.standard();
    private static final LocalDate CREATED = LocalDate.of(2018, 1, 10);

    @Test
    void complaintFilesAreKeptThreeYearsFromClosing() {
        RetainedRecord file = new RetainedRecord("F-1", "COMPLAINT_FILE", CREATED, LocalDate.of(2021, 6, 30), null, false);

        assertThat(schedule.verdict(file, LocalDate.of(2024, 6, 30)).mayDelete()).isFalse();
        RetentionVerdict after = schedule.verdict(file, LocalDate.of(2024, 7, 1));
        assertThat(after.mayDelete()).isTrue();
        assertThat(after.findKeepUntil()).contains(LocalDate.of(2024, 6, 30));
        assertThat(after.source()).contains("art. 44");
    }

    @Test
    void amlRecordsFiveYearsAfterTheRelationshipEnds() {
        RetainedRecord aml = new RetainedRecord("A-1", "AML_RECORD", CREATED, null, LocalDate.of(2020, 2, 29), false);

        RetentionVerdict v = schedule.verdict(aml, LocalDate.of(2025, 2, 28));
        assertThat(v.mayDelete()).isFalse();
        assertThat(v.findKeepUntil()).contains(LocalDate.of(2025, 2, 28));
        assertThat(schedule.verdict(aml, LocalDate.of(2025, 3, 1)).mayDelete()).isTrue();
    }

    @Test
    void reviewSplitsAndFailsSafe() {
        LocalDate today = LocalDate.of(2026, 1, 1);
        List<RetainedRecord> records = List.of(
                new RetainedRecord("old", "DISCLOSURE_EVIDENCE", CREATED, null, LocalDate.of(2019, 1, 1), false),
                new RetainedRecord("open", "COMPLAINT_FILE", CREATED, null, null, false),
                new RetainedRecord("hold", "COMPLAINT_FILE", CREATED, LocalDate.of(2019, 1, 1), null, true),
                new RetainedRecord("unknown", "CALL_RECORDING", CREATED, null, null, false),
                new RetainedRecord("recent", "IMPACT_ASSESSMENT", LocalDate.of(2024, 5, 1), null, null, false));

        RetentionReview review = schedule.review(records, today);

        assertThat(review.mayDelete()).extracting(RetentionVerdict::recordId).containsExactly("old");
        assertThat(review.mustKeep()).extracting(v -> v.recordId() + ":" + v.reason()).containsExactly(
                "open:TRIGGER_NOT_REACHED", "hold:LEGAL_HOLD", "unknown:NO_PERIOD_DEFINED", "recent:WITHIN_PERIOD");
    }

    @Test
    void hostCanKeepLonger() {
        RetentionSchedule longer = schedule.withPeriod(new RetentionPeriod("COMPLAINT_FILE", 10,
                RetentionPeriod.Trigger.CLOSED, "host policy"), "host-1");
        RetainedRecord file = new RetainedRecord("F-1", "COMPLAINT_FILE", CREATED, LocalDate.of(2021, 6, 30), null, false);

        assertThat(longer.verdict(file, LocalDate.of(2025, 1, 1)).mayDelete()).isFalse();
        assertThat(longer.version()).isEqualTo("host-1");
    }
}
