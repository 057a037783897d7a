package io.consumerprotection.core.warning;

import io.consumerprotection.core.classification.ClassificationScheme;
import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.core.classification.SchemeCode;
import io.consumerprotection.core.internal.ZoneDay;
import io.consumerprotection.core.internal.reporting.CodeTable;
import io.consumerprotection.core.internal.reporting.LongCodeTable;
import io.consumerprotection.core.internal.warning.RepeatRuns;
import io.consumerprotection.core.internal.warning.Tails;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The accumulator of one {@link HotSpotWatch}: feed complaints with {@link #accept}, in any order, then take
 * the {@link #alerts()}. Memory is bounded by the cells and the repeat window, never by the complaints or by all
 * customers ever seen: one counter per cell and bucket; narratives (at most {@code maxNarratives} ids) only for
 * the buckets still open (ending less than {@value #REPEAT_LATENESS_DAYS} days before the latest day read) and
 * for the buckets that alert; and for the repeat alerts only the customers (and products) of the last
 * {@code repeatWindowDays +} {@value #REPEAT_LATENESS_DAYS} days read, each with its current run. Counts, surge
 * and new-topic alerts are exact in any order; repeat alerts and the narratives are exact while complaints arrive
 * in order of receipt (as {@code ComplaintStore.stream} gives them) or at most {@value #REPEAT_LATENESS_DAYS} days
 * out of it, and {@link #late()} counts those that arrived later. Not thread-safe.
 */
public final class HotSpotPass {

    /** How many days out of order a complaint may arrive and keep the repeat alerts exact. */
    public static final int REPEAT_LATENESS_DAYS = 7;

    private final HotSpotWatch watch;
    private final WarningSettings s;
    private final ZoneDay days;
    private final long firstDay;
    private final long lastDay;
    private final int bucketDays;
    private final int buckets;
    private final ClassificationScheme scheme;
    // the cell kernel: business, cause and unit interned once per distinct string; a business or cause code carries
    // the code of its major class; cells are addressed by (business major, cause major) then unit, topics by
    // (business, cause) as recorded, each a dense index into cells / topics: no string map per complaint
    private final CodeTable business = new CodeTable();
    private final CodeTable cause = new CodeTable();
    private final CodeTable unit = new CodeTable();
    private final CodeTable majorBusiness = new CodeTable();
    private final CodeTable majorCause = new CodeTable();
    private int[] businessMajor = new int[0];
    private int[] causeMajor = new int[0];
    private final LongCodeTable majorPairs = new LongCodeTable();
    private final LongCodeTable cellIndex = new LongCodeTable();
    private final LongCodeTable topicIndex = new LongCodeTable();
    private int[] topicPair = new int[16];
    private final List<Series> cells = new ArrayList<>();
    private final List<Series> topics = new ArrayList<>();
    private final long from;
    private final int stride;
    private final int history;
    private final int firstTested;
    private long latest = Long.MIN_VALUE;
    private int closed;
    private long late;
    private final RepeatRuns customers;
    private final RepeatRuns products;
    private long read;
    private long outside;
    private final List<AlertDetector.Tally> tallies = new ArrayList<>();

    HotSpotPass(HotSpotWatch watch) {
        this.watch = watch;
        this.s = watch.settings();
        this.days = ZoneDay.of(watch.zone());
        this.firstDay = watch.firstBucketStart().toEpochDay();
        this.lastDay = watch.to().toEpochDay();
        this.from = watch.from().toEpochDay();
        this.bucketDays = s.granularity() == Granularity.WEEK ? 7 : 1;
        this.buckets = (int) ((lastDay - firstDay) / bucketDays + 1);
        this.stride = s.granularity() == Granularity.DAY ? 7 : 1;
        this.history = s.baselinePeriods() * stride;
        this.firstTested = (int) ((from - firstDay) / bucketDays) + history;
        this.scheme = watch.catalog().latest();
        this.customers = new RepeatRuns(s.repeatThreshold(), s.repeatWindowDays(), REPEAT_LATENESS_DAYS, s.maxNarratives());
        this.products = new RepeatRuns(s.repeatThreshold(), s.repeatWindowDays(), REPEAT_LATENESS_DAYS, s.maxNarratives());
        watch.detectors().forEach(d -> tallies.add(d.newTally()));
    }

    /** Counts one complaint (outside {@code [from, to]} it is skipped). */
    public void accept(ComplaintRecord r) {
        read++;
        for (int i = 0, n = tallies.size(); i < n; i++) { // indexed: no iterator per complaint
            tallies.get(i).accept(r);
        }
        long day = days.epochDay(r.receivedAt());
        if (day < from || day > lastDay) {
            outside++;
            return;
        }
        if (day > latest) {
            if (latest != Long.MIN_VALUE && (day - firstDay) / bucketDays != (latest - firstDay) / bucketDays) {
                close(day);
            }
            latest = day;
        } else if (day < latest - REPEAT_LATENESS_DAYS) {
            late++;
        }
        int bucket = (int) ((day - firstDay) / bucketDays);
        int b = business.code(r.classification().getOrDefault(Dimension.BUSINESS.name(), ""));
        int c = cause.code(r.classification().getOrDefault(Dimension.CAUSE.name(), ""));
        int u = unit.code(r.receivingUnit() == null ? "" : r.receivingUnit());
        if (b >= businessMajor.length) {
            businessMajor = majors(Dimension.BUSINESS, business, majorBusiness, businessMajor);
        }
        if (c >= causeMajor.length) {
            causeMajor = majors(Dimension.CAUSE, cause, majorCause, causeMajor);
        }
        // the topic (business × cause as recorded) first: it carries its major pair, so a cell is one more lookup
        int t = topicIndex.code(LongCodeTable.pair(b, c));
        if (t == topics.size()) {
            topics.add(new Series(new String[] {business.value(b), cause.value(c)}, buckets));
            if (t == topicPair.length) {
                topicPair = Arrays.copyOf(topicPair, Math.max(16, t * 2));
            }
            topicPair[t] = majorPairs.code(LongCodeTable.pair(businessMajor[b], causeMajor[c]));
        }
        int at = cellIndex.code(LongCodeTable.pair(topicPair[t], u));
        if (at == cells.size()) {
            cells.add(new Series(new String[] {majorBusiness.value(businessMajor[b]), majorCause.value(causeMajor[c]),
                    unit.value(u)}, buckets));
        }
        cells.get(at).add(bucket, r.id(), s.maxNarratives());
        topics.get(t).add(bucket, r.id(), s.maxNarratives());
        String customer = r.complainant().reference();
        if (customer != null && !customer.isEmpty()) {
            customers.add(customer, day, r.id());
        }
        String product = watch.productOf().apply(r);
        if (product != null && !product.isEmpty()) {
            products.add(product, day, r.id());
        }
    }

    /** Complaints read, including those outside the watched days. */
    public long read() {
        return read;
    }

    /** The customers and products held for the repeat alerts at most at once (bounded by the repeat window). */
    public int peakRepeatKeys() {
        return customers.peakResident() + products.peakResident();
    }

    /**
     * Complaints that arrived more than {@value #REPEAT_LATENESS_DAYS} days after a later one. Counts and surge and
     * new-topic alerts are exact whatever the order; with late complaints, a repeat alert may be missed and an
     * alert may list fewer narratives. 0 for complaints in order of receipt.
     */
    public long late() {
        return late;
    }

    /** The number of business × cause × unit cells seen. */
    public int cells() {
        return cells.size();
    }

    /** Every alert, by first day, then kind, then cell. */
    public List<HotSpotAlert> alerts() {
        List<HotSpotAlert> out = new ArrayList<>();
        for (Series c : cells) {
            for (int b = firstTested; b < buckets; b++) {
                HotSpotAlert a = surge(c, b);
                if (a != null) {
                    out.add(a);
                }
            }
        }
        for (Series t : topics) {
            for (int b = firstTested; b < buckets; b++) {
                int observed = t.counts[b];
                if (observed == 0) {
                    continue;
                }
                boolean absent = absentBefore(t, b);
                if (absent && observed >= s.newTopicMinimum()) {
                    out.add(alert(AlertKind.NEW_TOPIC, t, b, observed, 0, 0, nameOf(t.key, false), ""));
                }
                if (!absent || observed >= s.newTopicMinimum()) {
                    break; // only the first appearance of a topic is new
                }
            }
        }
        repeats(AlertKind.REPEAT_CUSTOMER, customers, out);
        repeats(AlertKind.REPEAT_PRODUCT, products, out);
        for (AlertDetector.Tally t : tallies) {
            out.addAll(t.alerts());
        }
        out.sort(Comparator.comparing(HotSpotAlert::from).thenComparing(HotSpotAlert::kind)
                .thenComparing(a -> String.join("|", a.cell())));
        return out;
    }

    /** The surge alert of a cell's bucket, or {@code null}. */
    private HotSpotAlert surge(Series c, int b) {
        int observed = c.counts[b];
        if (observed < s.minimumCount()) {
            return null;
        }
        int k = s.baselinePeriods();
        double sum = 0;
        double sumSq = 0;
        for (int i = 1; i <= k; i++) {
            int v = c.counts[b - i * stride];
            sum += v;
            sumSq += (double) v * v;
        }
        double mean = (sum + 0.5) / k;
        double variance = k > 1 ? (sumSq - sum * sum / k) / (k - 1) : 0;
        double expected = mean * (s.seasonal() ? seasonalFactor(c.counts, b, k, stride) : 1);
        if (observed <= expected) {
            return null;
        }
        // negative binomial with the shape of the recent buckets, at the (seasonally scaled) expected count
        double p = variance > mean * 1.0001 && sum > 0
                ? Tails.negativeBinomialAtLeast(observed, expected, mean * mean / (variance - mean))
                : Tails.poissonAtLeast(observed, expected);
        return p < s.alpha() ? alert(AlertKind.SURGE, c, b, observed, expected, p, nameOf(c.key, true), c.key[2]) : null;
    }

    /** Whether a topic had no complaint in the history before bucket {@code b}. */
    private boolean absentBefore(Series t, int b) {
        for (int i = b - history; i < b; i++) {
            if (t.counts[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Closes the buckets that end more than {@value #REPEAT_LATENESS_DAYS} days before the latest day read: their
     * narratives are kept only where the bucket alerts with the counts read so far, so that the ids held are
     * bounded by the cells and the alerts, not by the buckets (an alert that only complaints arriving later than
     * that make lists fewer ids).
     */
    private void close(long latestDay) {
        int open = (int) Math.min(buckets, Math.max(0, (latestDay - REPEAT_LATENESS_DAYS - firstDay + 1) / bucketDays));
        for (int b = closed; b < open; b++) {
            for (Series c : cells) {
                if (c.ids[b] != null && (b < firstTested || surge(c, b) == null)) {
                    c.ids[b] = null;
                }
            }
            for (Series t : topics) {
                if (t.ids[b] != null && (b < firstTested || !absentBefore(t, b))) {
                    t.ids[b] = null;
                }
            }
        }
        closed = Math.max(closed, open);
    }

    /** A rise a year earlier counts as seasonal when it was itself this improbable against its own recent level. */
    private static final double SEASONAL_ALPHA = 0.01;

    /**
     * The seasonal factor of bucket {@code b}: with a year of history, how much the cell rose a year earlier in the
     * same bucket (the bucket a year back or one of its two neighbours, so that a peak a week early or late still
     * counts) over the {@code k} buckets before it, where that rise was itself improbable (P below
     * {@value #SEASONAL_ALPHA} against those buckets): the largest such ratio, else 1. Only a real yearly peak
     * raises the expected count; a quiet year earlier leaves the detector as sensitive as the recent level alone.
     */
    private double seasonalFactor(int[] counts, int b, int k, int stride) {
        int year = s.granularity() == Granularity.WEEK ? 52 : 364; // 52 weeks: the same weekday a year back
        int back = b - year;
        if (back - stride - k * stride < 0 || back + stride >= b) {
            return 1;
        }
        double factor = 1;
        for (int j = back - stride; j <= back + stride; j += stride) {
            double sum = 0;
            for (int i = 1; i <= k; i++) {
                sum += counts[j - i * stride];
            }
            double before = (sum + 0.5) / k;
            int then = counts[j];
            if (then > before && then > factor * before && Tails.poissonAtLeast(then, before) < SEASONAL_ALPHA) {
                factor = then / before;
            }
        }
        return factor;
    }

    private HotSpotAlert alert(AlertKind kind, Series c, int b, int observed, double expected, double p, String name,
                               String unit) {
        LocalDate start = LocalDate.ofEpochDay(firstDay + (long) b * bucketDays);
        LocalDate end = LocalDate.ofEpochDay(Math.min(lastDay, firstDay + (long) (b + 1) * bucketDays - 1));
        // a bucket closed before complaints arrived late holds only those ids (and holes for the ones let go)
        String[] ids = c.ids[b] == null ? new String[0] : Arrays.stream(c.ids[b]).filter(java.util.Objects::nonNull)
                .limit(s.maxNarratives()).toArray(String[]::new);
        return new HotSpotAlert(kind, List.of(c.key), name, unit, start, end, observed, expected, p, List.of(ids));
    }

    private void repeats(AlertKind kind, RepeatRuns all, List<HotSpotAlert> out) {
        int threshold = s.repeatThreshold();
        for (RepeatRuns.Run run : all.finish()) {
            String token = kind == AlertKind.REPEAT_CUSTOMER ? token(run.key()) : run.key();
            String name = (kind == AlertKind.REPEAT_CUSTOMER ? "客户 " : "产品 ") + token;
            out.add(new HotSpotAlert(kind, List.of(token), name, "", LocalDate.ofEpochDay(run.fromDay()),
                    LocalDate.ofEpochDay(run.toDay()), run.size(), threshold - 1, Double.NaN, run.ids()));
        }
    }

    private String token(String reference) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(watch.customerSalt().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1f);
            byte[] h = sha.digest(reference.getBytes(StandardCharsets.UTF_8));
            return "CUST-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** The major-class codes (in {@code majors}) of every code of {@code codes} so far, extending {@code known}. */
    private int[] majors(Dimension d, CodeTable codes, CodeTable majors, int[] known) {
        int[] out = Arrays.copyOf(known, codes.size());
        for (int i = known.length; i < out.length; i++) {
            out[i] = majors.code(major(d, codes.value(i)));
        }
        return out;
    }

    private String major(Dimension d, String code) {
        if (code.isEmpty()) {
            return "";
        }
        Optional<SchemeCode> found = scheme.find(d, code);
        return found.isPresent() ? scheme.rollUp(d, code, 1).code() : code;
    }

    private String nameOf(String[] key, boolean withUnit) {
        String b = name(Dimension.BUSINESS, key[0]);
        String c = name(Dimension.CAUSE, key[1]);
        return withUnit ? b + " · " + c + " · " + (key[2].isEmpty() ? "未知机构" : key[2]) : b + " · " + c;
    }

    private String name(Dimension d, String code) {
        if (code.isEmpty()) {
            return "未分类";
        }
        return scheme.find(d, code).map(SchemeCode::nameZh).orElse(code);
    }

    /** Counts of one cell per bucket, with the first ids of each bucket. */
    private static final class Series {
        final String[] key;
        final int[] counts;
        final String[][] ids;

        Series(String[] key, int buckets) {
            this.key = key;
            this.counts = new int[buckets];
            this.ids = new String[buckets][];
        }

        void add(int bucket, String id, int max) {
            int n = counts[bucket]++;
            if (n < max) {
                if (ids[bucket] == null) {
                    ids[bucket] = new String[Math.min(max, Math.max(4, n + 1))];
                } else if (n >= ids[bucket].length) {
                    ids[bucket] = Arrays.copyOf(ids[bucket], Math.min(max, Math.max(n + 1, ids[bucket].length * 2)));
                }
                ids[bucket][n] = id;
            }
        }
    }
}
