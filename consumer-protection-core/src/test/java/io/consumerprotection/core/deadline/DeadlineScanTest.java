package io.consumerprotection.core.deadline;

import static io.consumerprotection.core.deadline.Timelines.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationKind;
import io.consumerprotection.spi.notification.RecipientRole;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineScanTest {

    @Test
    void warnsAndAlertsOnceAndGoesOnPastBadComplaints() {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        // due 2024-10-08: at risk on 10-07
        store.save(Timelines.received("A", "HOTLINE", at("2024-09-20T10:15")).record(), 0);
        // due 2024-10-08 too, but decided: nothing to say
        store.save(Timelines.received("B", "LETTER", at("2024-09-20T11:00")).event("DECIDED", "2024-09-30").record(), 0);
        // received 09-10: 09-25 (Wed) due, overdue on 10-07; regulator-transferred
        store.save(Timelines.received("C", "REGULATOR_TRANSFER", at("2024-09-10T09:00")).record(), 0);
        // a timeline that cannot be timed
        store.save(Timelines.received("D", "EMAIL", at("2024-09-21T09:00")).resumed("2024-09-22").record(), 0);
        InMemoryNotificationSender sender = new InMemoryNotificationSender();
        List<Notification> handed = new ArrayList<>();
        DeadlineScan scan = DeadlineScan.of(DeadlineEngine.bundled(), store, n -> {
            handed.add(n);
            sender.send(n);
        });

        ScanReport report = scan.run(ComplaintQuery.all(), PolicyId.NFRA_2020_3, at("2024-10-07T08:00"));

        assertThat(report.complaints()).isEqualTo(4);
        assertThat(report.warnings()).isEqualTo(1);
        assertThat(report.breaches()).isEqualTo(1);
        assertThat(report.failures()).singleElement().asString().startsWith("D: INVALID_INPUT");
        // the store streams by receipt: C (09-10) before A (09-20)
        assertThat(sender.delivered()).extracting(Notification::id).containsExactly(
                "deadline/C/DECISION/2024-09-25/OVERDUE/HANDLER",
                "deadline/C/DECISION/2024-09-25/OVERDUE/SUPERVISOR",
                "deadline/C/DECISION/2024-09-25/OVERDUE/REGULATOR_LIAISON",
                "deadline/A/DECISION/2024-10-08/AT_RISK/HANDLER");
        Notification warning = sender.delivered().get(3);
        assertThat(warning.kind()).isEqualTo(NotificationKind.DEADLINE_WARNING);
        assertThat(warning.recipient()).isEqualTo(RecipientRole.HANDLER);
        assertThat(warning.dueDates()).containsEntry("DECISION", LocalDate.of(2024, 10, 8));
        assertThat(warning.text()).contains("NFRA-2020-3", "2026a");
        assertThat(sender.delivered().get(0).kind()).isEqualTo(NotificationKind.BREACH_ALERT);

        // a re-run the same day hands over the same ids: delivered once
        scan.run(ComplaintQuery.all(), PolicyId.NFRA_2020_3, at("2024-10-07T15:00"));
        assertThat(handed).hasSize(8);
        assertThat(sender.delivered()).hasSize(4);
    }
}
