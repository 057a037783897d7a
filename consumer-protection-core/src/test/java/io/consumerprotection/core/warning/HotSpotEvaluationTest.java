package io.consumerprotection.core.warning;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The honest evaluation of the default settings on generated streams (the generator, {@link Streams}, is in
 * the tests): 10 units × 30 business × cause pairs (300 cells, skewed sizes, weekday and yearly seasonality,
 * gamma-mixed over-dispersion), 60 complaints a day. Two kinds of streams: two years with the smooth yearly
 * wave only (2024-2025), and three years with the yearly peaks of 双11 and the Spring Festival as well
 * (2023-2025, alerts counted in 2025, once a year of history exists). Null streams give the false alerts per
 * month; streams with one planted surge each (random cell among the cells with at least 0.1 a day, random start
 * in 2025, 14 days, +1.5 a day) give the detection rate and the delay from the surge's start to the end of the
 * first alerting bucket. Each is run with the seasonal baseline off (the detector before it) and on (the
 * default). The figures are printed and copied to the README.
 */
class HotSpotEvaluationTest {

    private static final int STREAMS = 12;

    /** The streams of one evaluation: generator, days generated, first day alerts are counted. */
    private record Setup(String name, Streams gen, LocalDate from, LocalDate to, LocalDate countFrom) {
    }

    private static Setup smooth() {
        return new Setup("smooth yearly wave, 2 years", new Streams(42, 10, 60), LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2024, 1, 1).plusWeeks(8));
    }

    private static Setup peaks() {
        return new Setup("yearly peaks (双11, Spring Festival), 3 years", new Streams(42, 10, 60).withYearlyPeaks(),
                LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1));
    }

    @Test
    void defaultSettingsOnNullAndSurgeStreams() {
        WarningSettings old = WarningSettings.defaults().withSeasonal(false);
        double[] smoothOld = evaluate(smooth(), old);
        double[] smoothNew = evaluate(smooth(), WarningSettings.defaults());
        double[] peaksOld = evaluate(peaks(), old);
        double[] peaksNew = evaluate(peaks(), WarningSettings.defaults());
        // without yearly peaks the seasonal baseline changes little; with them it removes most false alerts
        assertThat(smoothNew[0]).isGreaterThanOrEqualTo(0.7);
        assertThat(smoothNew[1]).isLessThan(1.5);
        assertThat(smoothNew[2]).isLessThanOrEqualTo(14);
        assertThat(peaksNew[1]).isLessThan(peaksOld[1] * 0.8);
        assertThat(peaksNew[0]).isGreaterThanOrEqualTo(peaksOld[0]);

        assertThat(smoothOld[0]).isGreaterThanOrEqualTo(0.7);
        evaluate(smooth(), WarningSettings.defaults().withAlpha(0.0001)); // the stricter alpha, for the README
        evaluate(smooth(), WarningSettings.defaults().withGranularity(Granularity.DAY));
    }

    /** Detection rate, false surge alerts per month on null streams, mean delay in days. */
    private static double[] evaluate(Setup setup, WarningSettings settings) {
        Streams gen = setup.gen();
        double months = ChronoUnit.DAYS.between(setup.countFrom(), setup.to()) / 30.44;

        long falseAlerts = 0;
        for (int s = 0; s < STREAMS; s++) {
            List<HotSpotAlert> alerts = watch(setup, settings).compute(gen.generate(1000 + s, setup.from(), setup.to(),
                    List.of()).stream());
            falseAlerts += alerts.stream().filter(a -> a.kind() == AlertKind.SURGE && !a.from().isBefore(setup.countFrom()))
                    .count();
        }
        double falsePerMonth = falseAlerts / (months * STREAMS);

        List<Streams.Cell> eligible = gen.cells.stream().filter(c -> c.perDay() >= 0.1).toList();
        SplittableRandom pick = new SplittableRandom(7);
        int detected = 0;
        long delaySum = 0;
        List<Long> delays = new ArrayList<>();
        long surgeFalse = 0;
        for (int s = 0; s < STREAMS * 2; s++) {
            Streams.Cell c = eligible.get(pick.nextInt(eligible.size()));
            LocalDate start = LocalDate.of(2025, 1, 1).plusDays(pick.nextInt(330));
            Streams.Surge surge = new Streams.Surge(c.business(), c.cause(), c.unit(), start, 14, 1.5);
            List<ComplaintRecord> stream = gen.generate(2000 + s, setup.from(), setup.to(), List.of(surge));
            List<HotSpotAlert> alerts = watch(setup, settings).compute(stream.stream());
            HotSpotAlert first = null;
            for (HotSpotAlert a : alerts) {
                if (a.kind() != AlertKind.SURGE || a.from().isBefore(setup.countFrom())) {
                    continue;
                }
                boolean onCell = a.unit().equals(c.unit()) && a.cell().get(0).equals(c.business().substring(0, 2))
                        && a.cell().get(1).equals(c.cause().substring(0, 2));
                boolean inSurge = !a.to().isBefore(start) && a.from().isBefore(start.plusDays(14));
                if (onCell && inSurge) {
                    if (first == null) {
                        first = a;
                    }
                } else {
                    surgeFalse++;
                }
            }
            if (first != null) {
                detected++;
                long delay = ChronoUnit.DAYS.between(start, first.to());
                delays.add(delay);
                delaySum += delay;
            }
        }
        int surges = STREAMS * 2;
        double rate = (double) detected / surges;
        double meanDelay = detected == 0 ? Double.NaN : (double) delaySum / detected;
        System.out.printf(Locale.ROOT, "[hot-spot evaluation] %s; settings %s%n  null streams: %d, %d false surge "
                        + "alerts, %.2f per month%n  surge streams: %d surges (14 days, +1.5/day), detected %d (%.0f%%), "
                        + "mean delay %.1f days (from start to end of the first alerting bucket), delays %s; other alerts in "
                        + "those streams %.2f per month%n",
                setup.name(), settings.version(), STREAMS, falseAlerts, falsePerMonth, surges, detected, rate * 100,
                meanDelay, delays, surgeFalse / (months * surges));
        return new double[] {rate, falsePerMonth, meanDelay};
    }

    private static HotSpotWatch watch(Setup setup, WarningSettings settings) {
        return HotSpotWatch.builder(setup.from(), setup.to()).settings(settings).zone(Streams.ZONE).build();
    }
}
