package io.consumerprotection.core.warning;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The one pass against naive oracles written from the rules, on generated streams with many repeat
 * customers and a planted surge: the repeat alerts (each customer's complaints in day then id order; an alert when
 * {@code threshold} fall within the window, the next needs a fresh run; named by the salted SHA-256 token, listing
 * the ids) and the surge alerts' observed counts (a {@code groupingBy} of the weekly business × cause × unit
 * cells). Guards the compact repeat kernel and the cell addressing of {@link HotSpotPass}.
 */
class HotSpotPassProperties {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 12, 31);

    @Property(tries = 8)
    void repeatAndSurgeAlertsAreThoseOfTheRules(@ForAll long seed, @ForAll @IntRange(min = 150, max = 1500) int customers) {
        Streams gen = new Streams(seed, 3, 25);
        Streams.Cell c = gen.cells.stream().max(Comparator.comparingDouble(Streams.Cell::perDay)).orElseThrow();
        // +20 a day: so large that the rule must flag it whatever the cell's over-dispersion (with +4 a day, seed -144
        // and 150 customers planted 44 and 49 in a cell whose last 8 weeks ran 7 to 26: negative binomial P = 0.003,
        // rightly no alert; how often a realistic surge is found is HotSpotEvaluationTest's question, not this one's)
        List<ComplaintRecord> generated = gen.generate(seed, FROM, TO,
                List.of(new Streams.Surge(c.business(), c.cause(), c.unit(), LocalDate.of(2024, 9, 2), 14, 20)));
        // a small pool of customers: many of them repeat
        SplittableRandom r = new SplittableRandom(seed);
        List<ComplaintRecord> in = new ArrayList<>();
        for (ComplaintRecord x : generated) {
            in.add(withCustomer(x, "P-" + r.nextInt(customers)));
        }
        WarningSettings s = WarningSettings.defaults();
        HotSpotWatch watch = HotSpotWatch.builder(FROM, TO).zone(Streams.ZONE).customerSalt("pepper").build();
        HotSpotPass pass = watch.newPass();
        in.forEach(pass::accept);
        List<HotSpotAlert> alerts = pass.alerts();
        assertThat(pass.late()).isZero();

        List<List<Object>> repeats = alerts.stream().filter(a -> a.kind() == AlertKind.REPEAT_CUSTOMER)
                .map(a -> List.<Object>of(a.cell().get(0), a.from(), a.to(), a.observed(), a.complaintIds()))
                .sorted(Comparator.comparing(Object::toString)).toList();
        List<List<Object>> expected = repeatOracle(in, s.repeatThreshold(), s.repeatWindowDays(), s.maxNarratives());
        assertThat(expected).isNotEmpty();
        assertThat(repeats).isEqualTo(expected);

        Map<String, Long> weekly = in.stream().collect(Collectors.groupingBy(x -> {
            LocalDate d = LocalDate.ofInstant(x.receivedAt(), Streams.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return x.classification().get("BUSINESS").substring(0, 2) + "|" + x.classification().get("CAUSE").substring(0, 2)
                    + "|" + x.receivingUnit() + "|" + d;
        }, Collectors.counting()));
        List<HotSpotAlert> surges = alerts.stream().filter(a -> a.kind() == AlertKind.SURGE).toList();
        assertThat(surges).anySatisfy(a -> assertThat(a.unit()).isEqualTo(c.unit()));
        for (HotSpotAlert a : surges) {
            assertThat((long) a.observed()).isEqualTo(weekly.get(String.join("|", a.cell()) + "|" + a.from()));
            assertThat(a.complaintIds()).hasSize((int) Math.min(a.observed(), s.maxNarratives()));
        }
    }

    /** The example that failed with a +4 a day surge (see above), kept as a fixed case. */
    @net.jqwik.api.Example
    void theOverDispersedExampleIsFlaggedAtTwentyADay() {
        repeatAndSurgeAlertsAreThoseOfTheRules(-144L, 150);
    }

    private static List<List<Object>> repeatOracle(List<ComplaintRecord> in, int threshold, int window, int maxIds) {
        Map<String, List<ComplaintRecord>> byCustomer = new HashMap<>();
        for (ComplaintRecord x : in) {
            byCustomer.computeIfAbsent(x.complainant().reference(), k -> new ArrayList<>()).add(x);
        }
        List<List<Object>> out = new ArrayList<>();
        for (Map.Entry<String, List<ComplaintRecord>> e : byCustomer.entrySet()) {
            List<ComplaintRecord> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparing(HotSpotPassProperties::day).thenComparing(ComplaintRecord::id));
            List<ComplaintRecord> run = new ArrayList<>();
            for (ComplaintRecord x : list) {
                run.removeIf(y -> day(x).toEpochDay() - day(y).toEpochDay() >= window);
                run.add(x);
                if (run.size() >= threshold) {
                    out.add(List.of(token(e.getKey()), day(run.get(0)), day(x), (long) run.size(),
                            run.stream().map(ComplaintRecord::id).limit(maxIds).toList()));
                    run.clear();
                }
            }
        }
        out.sort(Comparator.comparing(Object::toString));
        return out;
    }

    private static LocalDate day(ComplaintRecord x) {
        return LocalDate.ofInstant(x.receivedAt(), Streams.ZONE);
    }

    private static String token(String reference) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("pepper".getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1f);
            return "CUST-" + HexFormat.of().formatHex(sha.digest(reference.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ComplaintRecord withCustomer(ComplaintRecord x, String customer) {
        return new ComplaintRecord(x.id(), x.version(), x.channel(), x.channelReference(), x.source(),
                new ComplainantRecord("PERSON", customer, "客户", "SELF", null, 1), x.respondent(), x.request(), x.narrative(),
                x.classification(), x.level(), x.status(), x.receivedAt(), x.receivingUnit(), x.firstContactHandler(),
                x.currentHandler(), x.relatedComplaintId(), x.timeline(), x.dueDates());
    }
}
