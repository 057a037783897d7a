package io.consumerprotection.core.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.warning.AlertKind;
import io.consumerprotection.core.warning.HotSpotAlert;
import io.consumerprotection.core.warning.HotSpotNotices;
import io.consumerprotection.core.warning.HotSpotWatch;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.notification.NotificationKind;
import io.consumerprotection.spi.notification.RecipientRole;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The partner rise alert is an alert of the early warning: raised in its pass, sent by its notices, explained. */
class PartnerRiseWarningTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final LocalDate Q2 = LocalDate.of(2026, 4, 1);
    static final LocalDate Q2_END = LocalDate.of(2026, 6, 30);


    static Instant day(LocalDate d) {
        return d.atTime(10, 0).atZone(CHINA).toInstant();
    }

    /** Q1 (the 91 days before Q2): 2 of 40 complaints name P-INS; Q2: 9 of 52 do (5% to 17.3%, seed 003). */
    static List<ComplaintRecord> complaints() {
        List<ComplaintRecord> all = new ArrayList<>();
        LocalDate q1 = Q2.minusDays(91);
        for (int i = 0; i < 40; i++) {
            all.add(PartnerComplaintsTest.complaint("A" + i, day(q1.plusDays(i)), i < 2 ? "P-INS" : "BR-1", "0401"));
        }
        for (int i = 0; i < 50; i++) {
            all.add(PartnerComplaintsTest.complaint("B" + i, day(Q2.plusDays(i)), i < 9 ? "P-INS" : "BR-1", "0401"));
        }
        all.add(PartnerComplaintsTest.complaint("OLD", day(q1.minusDays(1)), "P-INS", "0401"));
        // respondents that are not partner ids (free text, empty) are simply not a partner's
        all.add(PartnerComplaintsTest.complaint("X1", day(Q2.plusDays(60)), "某某支行 营业部", "0401"));
        all.add(PartnerComplaintsTest.complaint("X2", day(Q2.plusDays(61)), "", "0401"));
        return all;
    }

    HotSpotWatch watch(PartnerComplaints pc) {
        return HotSpotWatch.builder(Q2.minusWeeks(8), Q2_END).zone(CHINA).detector(pc.detector(Q2, Q2_END, CHINA)).build();
    }

    @Test
    void aPartnersRiseInCountAndShareIsAHotSpotAlertOfThePassWithItsFiguresAndIdsOnly() {
        PartnerComplaints pc = PartnerComplaints.of(Set.of(PartnerId.of("P-INS"), PartnerId.of("P-FUND")));

        List<HotSpotAlert> alerts = watch(pc).compute(complaints().stream()).stream()
                .filter(a -> a.kind().name().startsWith("PARTNER")).toList();

        assertThat(alerts).extracting(HotSpotAlert::kind).containsExactly(AlertKind.PARTNER_COUNT_RISE, AlertKind.PARTNER_SHARE_RISE);
        HotSpotAlert count = alerts.get(0);
        assertThat(count.cell()).containsExactly("P-INS");
        assertThat(count.unit()).isEmpty();
        assertThat(count.from()).isEqualTo(Q2);
        assertThat(count.to()).isEqualTo(Q2_END);
        assertThat(count.observed()).isEqualTo(9);
        assertThat(count.expected()).isEqualTo(2.0);
        assertThat(count.probability()).isNaN();
        assertThat(count.complaintIds()).containsExactly("B0", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8");
        assertThat(count.explanation()).contains("合作机构 P-INS", "投诉 9 件", "上期 2.0 件", "阈值");
        HotSpotAlert share = alerts.get(1);
        // 2 of 40 before: at that share the 52 complaints of Q2 give 2.6
        assertThat(share.expectedRounded()).isEqualByComparingTo("2.6");
        assertThat(share.explanation()).contains("按上期占比应为 2.6 件").doesNotContain("张三", "CUST-1");
        assertThat(share.id()).isEqualTo("PARTNER_SHARE_RISE/P-INS/2026-04-01");
    }

    @Test
    void theAlertsAreDeliveredToTheConsumerProtectionDepartmentOnlyAsHotSpotAlerts() {
        PartnerComplaints pc = PartnerComplaints.of(Set.of(PartnerId.of("P-INS")));
        List<HotSpotAlert> alerts = watch(pc).compute(complaints().stream()).stream()
                .filter(a -> a.kind() == AlertKind.PARTNER_SHARE_RISE).toList();
        InMemoryNotificationSender sender = new InMemoryNotificationSender();

        assertThat(HotSpotNotices.send(alerts, sender, Instant.parse("2026-07-01T01:00:00Z"))).isEqualTo(1);

        assertThat(sender.delivered()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.HOT_SPOT_ALERT);
            assertThat(n.recipient()).isEqualTo(RecipientRole.CONSUMER_PROTECTION_DEPARTMENT);
            assertThat(n.text()).startsWith("【合作机构投诉占比上升】合作机构 P-INS");
        });
    }

    @Test
    void theThresholdsAreDataAndHighThresholdsRaiseNothing() {
        PartnerComplaints strict = new PartnerComplaints(Set.of(PartnerId.of("P-INS")),
                new PartnerComplaints.Thresholds(500, 3, BigDecimal.valueOf(20)));

        assertThat(watch(strict).compute(complaints().stream())).noneMatch(a -> a.kind().name().startsWith("PARTNER"));
        assertThat(PartnerComplaints.Thresholds.defaults().version()).isEqualTo("partner-rise;count=+50%/3,share=+5pp");
    }

    @Test
    void aComplaintBeforeThePreviousPeriodIsNotCounted() {
        PartnerComplaints pc = new PartnerComplaints(Set.of(PartnerId.of("P-INS")),
                new PartnerComplaints.Thresholds(350, 3, BigDecimal.valueOf(100)));
        // 9 against 2 is +350%: an alert; with OLD counted it would be 9 against 3 (+200%), none
        assertThat(watch(pc).compute(complaints().stream())).extracting(HotSpotAlert::kind)
                .contains(AlertKind.PARTNER_COUNT_RISE);
    }
}
