package io.consumerprotection.core.warning;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.internal.warning.Tails;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationKind;
import io.consumerprotection.spi.notification.RecipientRole;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HotSpotPassTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final Streams.Cell CARDS = new Streams.Cell("06021", "0701", "BR-021", 0);
    private static int ids;

    private static void add(List<ComplaintRecord> out, Streams.Cell cell, LocalDate day, int n, String customer) {
        for (int i = 0; i < n; i++) {
            Instant at = day.atTime(LocalTime.of(10, i % 50)).atZone(Streams.ZONE).toInstant();
            out.add(Streams.record("T-" + (++ids), at, cell, customer == null ? "P-" + ids : customer));
        }
    }

    private static HotSpotWatch watch() {
        return HotSpotWatch.builder(MONDAY, MONDAY.plusWeeks(10).minusDays(1)).customerSalt("salt").build();
    }

    @Test
    void aSurgeAgainstAFlatBaselineIsExplained() {
        List<ComplaintRecord> in = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            add(in, CARDS, MONDAY.plusWeeks(w), 2, null);
        }
        add(in, CARDS, MONDAY.plusWeeks(8).plusDays(2), 12, null);
        List<HotSpotAlert> alerts = watch().compute(in.stream());

        assertThat(alerts).filteredOn(a -> a.kind() == AlertKind.SURGE).singleElement().satisfies(a -> {
            assertThat(a.cell()).containsExactly("06", "07", "BR-021");
            assertThat(a.from()).isEqualTo(MONDAY.plusWeeks(8));
            assertThat(a.to()).isEqualTo(MONDAY.plusWeeks(8).plusDays(6));
            assertThat(a.observed()).isEqualTo(12);
            assertThat(a.expected()).isEqualTo((16 + 0.5) / 8);
            // constant baseline: no over-dispersion, so Poisson
            assertThat(a.probability()).isEqualTo(Tails.poissonAtLeast(12, (16 + 0.5) / 8));
            assertThat(a.complaintIds()).hasSize(12);
            assertThat(a.cellNameZh()).isEqualTo("银行卡 · 定价收费 · BR-021");
            assertThat(a.explanation()).startsWith("银行卡 · 定价收费 · BR-021：2025-04-28至2025-05-04 投诉 12 件");
        });
    }

    @Test
    void smallCellsAndTheBaselineWeeksNeverAlarm() {
        List<ComplaintRecord> in = new ArrayList<>();
        add(in, CARDS, MONDAY, 30, null); // inside the baseline: history only
        add(in, CARDS, MONDAY.plusWeeks(9), 4, null); // below the minimum count of 5
        assertThat(watch().compute(in.stream())).filteredOn(a -> a.kind() == AlertKind.SURGE).isEmpty();
    }

    @Test
    void aNewTopicIsACodePairAbsentFromTheWholeBaseline() {
        List<ComplaintRecord> in = new ArrayList<>();
        for (int w = 0; w < 9; w++) {
            add(in, CARDS, MONDAY.plusWeeks(w), 3, null);
        }
        Streams.Cell fraud = new Streams.Cell("06021", "1001", "BR-007", 0);
        add(in, fraud, MONDAY.plusWeeks(9).plusDays(1), 3, null);
        add(in, fraud, MONDAY.plusWeeks(9).plusDays(3), 1, null);
        assertThat(watch().compute(in.stream())).filteredOn(a -> a.kind() == AlertKind.NEW_TOPIC).singleElement()
                .satisfies(a -> {
                    assertThat(a.cell()).containsExactly("06021", "1001");
                    assertThat(a.observed()).isEqualTo(4);
                    assertThat(a.from()).isEqualTo(MONDAY.plusWeeks(9));
                });
    }

    @Test
    void aRepeatCustomerIsNamedByTokenOnly() {
        List<ComplaintRecord> in = new ArrayList<>();
        add(in, CARDS, MONDAY.plusDays(1), 1, "62220212345678901");
        add(in, CARDS, MONDAY.plusDays(15), 1, "62220212345678901");
        add(in, CARDS, MONDAY.plusDays(29), 1, "62220212345678901"); // 28 days after the first: within 30
        add(in, CARDS, MONDAY.plusDays(70), 1, "62220212345678901");
        List<HotSpotAlert> repeats = watch().compute(in.stream()).stream()
                .filter(a -> a.kind() == AlertKind.REPEAT_CUSTOMER).toList();
        assertThat(repeats).singleElement().satisfies(a -> {
            assertThat(a.observed()).isEqualTo(3);
            assertThat(a.cell().get(0)).startsWith("CUST-").hasSize(21);
            assertThat(a.toString() + a.explanation() + a.cellNameZh()).doesNotContain("62220212345678901");
        });
    }

    @Test
    void alertsGoToTheDepartmentAndTheUnitHeadWithStableIds() {
        List<ComplaintRecord> in = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            add(in, CARDS, MONDAY.plusWeeks(w), 2, null);
        }
        add(in, CARDS, MONDAY.plusWeeks(8), 15, null);
        List<HotSpotAlert> alerts = watch().compute(in.stream()).stream().filter(a -> a.kind() == AlertKind.SURGE).toList();
        InMemoryNotificationSender sender = new InMemoryNotificationSender();
        Instant now = Instant.parse("2025-05-05T01:00:00Z");
        assertThat(HotSpotNotices.send(alerts, sender, now)).isEqualTo(2);
        assertThat(sender.delivered()).extracting(Notification::recipient)
                .containsExactly(RecipientRole.CONSUMER_PROTECTION_DEPARTMENT, RecipientRole.SUPERVISOR);
        assertThat(sender.delivered()).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.HOT_SPOT_ALERT);
            assertThat(n.id()).startsWith("hotspot/SURGE/06|07|BR-021/2025-04-28/");
        });
        HotSpotNotices.send(alerts, sender, now);
        assertThat(sender.delivered()).hasSize(2); // the sender delivers each id once
    }

    @Test
    void anyOrderGivesTheSameSurgesAndReceiptOrderKeepsEveryNarrative() {
        Streams gen = new Streams(3, 4, 30);
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        Streams.Cell c = gen.cells.stream().filter(x -> x.perDay() >= 0.2).findFirst().orElseThrow();
        List<ComplaintRecord> inOrder = gen.generate(11, from, to,
                List.of(new Streams.Surge(c.business(), c.cause(), c.unit(), LocalDate.of(2025, 9, 1), 14, 3)));
        List<ComplaintRecord> shuffled = new ArrayList<>(inOrder);
        java.util.Collections.shuffle(shuffled, new java.util.Random(5));
        HotSpotWatch w = HotSpotWatch.builder(from, to).zone(Streams.ZONE).build();

        HotSpotPass ordered = w.newPass();
        inOrder.forEach(ordered::accept);
        HotSpotPass any = w.newPass();
        shuffled.forEach(any::accept);

        java.util.function.Function<HotSpotAlert, List<Object>> figures = a -> List.of(a.kind(), a.cell(), a.from(),
                a.observed(), a.expected());
        List<HotSpotAlert> surges = ordered.alerts().stream().filter(a -> a.kind() == AlertKind.SURGE).toList();
        assertThat(surges).isNotEmpty();
        assertThat(any.alerts().stream().filter(a -> a.kind() == AlertKind.SURGE).map(figures))
                .containsExactlyElementsOf(surges.stream().map(figures).toList());
        assertThat(ordered.late()).isZero();
        assertThat(any.late()).isPositive();
        // in order of receipt each surge lists its bucket's first ids, as received
        for (HotSpotAlert a : surges) {
            List<String> expected = inOrder.stream().filter(r -> {
                LocalDate d = LocalDate.ofInstant(r.receivedAt(), Streams.ZONE);
                return !d.isBefore(a.from()) && !d.isAfter(a.to()) && r.receivingUnit().equals(a.unit())
                        && r.classification().get("BUSINESS").startsWith(a.cell().get(0))
                        && r.classification().get("CAUSE").startsWith(a.cell().get(1));
            }).map(ComplaintRecord::id).limit(20).toList();
            assertThat(a.complaintIds()).isEqualTo(expected);
        }
    }

    @Test
    void aPeakThatCameLastYearIsExpectedThisYear() {
        // a cell at 3 a week that rose to 15 in the same week a year earlier: with the seasonal baseline that week
        // is expected; without it, it alarms
        LocalDate start = MONDAY.minusWeeks(70);
        List<ComplaintRecord> in = new ArrayList<>();
        for (int w = 0; w < 70; w++) {
            add(in, CARDS, start.plusWeeks(w), w == 70 - 52 ? 15 : 3, null);
        }
        add(in, CARDS, start.plusWeeks(70), 15, null);
        HotSpotWatch.Builder b = HotSpotWatch.builder(start, start.plusWeeks(71).minusDays(1));
        LocalDate peak = start.plusWeeks(70);

        List<HotSpotAlert> seasonal = b.build().compute(in.stream());
        List<HotSpotAlert> recentOnly = b.settings(WarningSettings.defaults().withSeasonal(false)).build().compute(in.stream());

        assertThat(recentOnly).filteredOn(a -> a.kind() == AlertKind.SURGE && a.from().equals(peak)).hasSize(1);
        assertThat(seasonal).filteredOn(a -> a.kind() == AlertKind.SURGE && a.from().equals(peak)).isEmpty();
        // the peak a year earlier itself had no year of history: it alarmed under both
        assertThat(seasonal).filteredOn(a -> a.kind() == AlertKind.SURGE && a.from().equals(start.plusWeeks(18))).hasSize(1);
    }
}
