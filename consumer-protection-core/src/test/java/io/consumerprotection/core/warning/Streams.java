package io.consumerprotection.core.warning;

import io.consumerprotection.core.classification.ClassificationCatalog;
import io.consumerprotection.core.classification.ClassificationScheme;
import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.core.classification.SchemeCode;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The test generator of complaint streams: cells business × cause × unit with their own daily rate, weekday
 * and yearly seasonality and day-to-day over-dispersion (a gamma-mixed Poisson), and planted surges of known
 * start, length, size and cell. With yearly peaks on, two peaks come back every year: 双11 (bank cards and payment,
 * ×2.5 from 11 to 24 November) and the Spring Festival (savings and payment, ×2 for the 14 days from the lunar new
 * year, which moves between 21 January and 20 February). Deterministic for a seed. Written for the evaluation,
 * not from the detector.
 */
final class Streams {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final double[] WEEKDAY = {1.25, 1.15, 1.1, 1.05, 1.1, 0.7, 0.65}; // Mon..Sun

    /** A planted surge: extra complaints per day in one cell for some days. */
    record Surge(String business, String cause, String unit, LocalDate start, int days, double extraPerDay) {
    }

    /** A cell of the generator. */
    record Cell(String business, String cause, String unit, double perDay) {
    }

    /** Lunar new year's day (the Spring Festival), 2022-2027. */
    private static final Map<Integer, LocalDate> SPRING_FESTIVAL = Map.of(2022, LocalDate.of(2022, 2, 1),
            2023, LocalDate.of(2023, 1, 22), 2024, LocalDate.of(2024, 2, 10), 2025, LocalDate.of(2025, 1, 29),
            2026, LocalDate.of(2026, 2, 17), 2027, LocalDate.of(2027, 2, 6));

    final List<Cell> cells = new ArrayList<>();
    private boolean yearlyPeaks;
    private final List<String> businessMinor = new ArrayList<>();
    private final List<String> causeMinor = new ArrayList<>();

    Streams(long seed, int units, double totalPerDay) {
        ClassificationScheme s = ClassificationCatalog.bundled().latest();
        String[] businesses = {"06", "07", "09", "11", "12", "01"};
        String[] causes = {"01", "03", "04", "07", "10"};
        SplittableRandom r = new SplittableRandom(seed);
        double[] weights = new double[businesses.length * causes.length * units];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.exp(r.nextGaussian() * 1.0); // skewed cell sizes
            sum += weights[i];
        }
        int i = 0;
        for (String b : businesses) {
            for (String c : causes) {
                for (int u = 0; u < units; u++) {
                    cells.add(new Cell(minor(s, Dimension.BUSINESS, b), minor(s, Dimension.CAUSE, c), "BR-" + (101 + u),
                            totalPerDay * weights[i++] / sum));
                }
            }
        }
    }

    /** This generator with the yearly peaks (双11, Spring Festival) on. */
    Streams withYearlyPeaks() {
        this.yearlyPeaks = true;
        return this;
    }

    /** The yearly peak factor of a cell on a day (1 without peaks). */
    double peak(Cell c, LocalDate d) {
        if (!yearlyPeaks) {
            return 1;
        }
        double f = 1;
        String b = c.business().substring(0, 2);
        LocalDate double11 = LocalDate.of(d.getYear(), 11, 11);
        if ((b.equals("06") || b.equals("09")) && !d.isBefore(double11) && d.isBefore(double11.plusDays(14))) {
            f *= 2.5;
        }
        LocalDate sf = SPRING_FESTIVAL.get(d.getYear());
        if (sf != null && (b.equals("01") || b.equals("09")) && !d.isBefore(sf) && d.isBefore(sf.plusDays(14))) {
            f *= 2;
        }
        return f;
    }

    private String minor(ClassificationScheme s, Dimension d, String major) {
        for (SchemeCode c : s.codes(d)) {
            if (c.code().startsWith(major) && c.code().length() > major.length() && !c.isOther()) {
                List<String> list = d == Dimension.BUSINESS ? businessMinor : causeMinor;
                list.add(c.code());
                return c.code();
            }
        }
        return major;
    }

    /** Every complaint received in {@code [from, to]}, with the surges planted, in day order. */
    List<ComplaintRecord> generate(long seed, LocalDate from, LocalDate to, List<Surge> surges) {
        SplittableRandom r = new SplittableRandom(seed);
        List<ComplaintRecord> out = new ArrayList<>();
        long n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            double season = 1 + 0.25 * Math.sin(2 * Math.PI * d.getDayOfYear() / 365.0);
            double week = WEEKDAY[d.getDayOfWeek().getValue() - 1];
            for (Cell c : cells) {
                double lambda = c.perDay * season * week * peak(c, d) * gamma(r, 4.0); // shape 4: variance mean + mean²/4
                for (Surge s : surges) {
                    if (s.business().equals(c.business()) && s.cause().equals(c.cause()) && s.unit().equals(c.unit())
                            && !d.isBefore(s.start()) && d.isBefore(s.start().plusDays(s.days()))) {
                        lambda += s.extraPerDay();
                    }
                }
                int k = poisson(r, lambda);
                for (int j = 0; j < k; j++) {
                    Instant at = d.atTime(LocalTime.of(9, 0).plusMinutes(r.nextInt(600))).atZone(ZONE).toInstant();
                    String id = "G-" + seed + "-" + (++n);
                    out.add(record(id, at, c, "CUST-" + r.nextInt(200_000)));
                }
            }
        }
        return out;
    }

    static ComplaintRecord record(String id, Instant at, Cell c, String customer) {
        return new ComplaintRecord(id, 1, "HOTLINE", "REF-" + id, "01",
                new ComplainantRecord("PERSON", customer, "客户", "SELF", null, 1), "", "", "",
                Map.of("BUSINESS", c.business(), "CAUSE", c.cause()), "ORDINARY", "CLOSED", at, c.unit(), "EMP", "EMP",
                null, List.of(new TimelineEventRecord(1, "RECEIVED", at, "EMP", "", Map.of())), Map.of());
    }

    private static double gamma(SplittableRandom r, double shape) {
        // Marsaglia–Tsang, mean 1
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = r.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = r.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v / shape;
            }
        }
    }

    private static int poisson(SplittableRandom r, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 30) {
            return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * r.nextGaussian()));
        }
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
