package io.consumerprotection.core.warning;

import io.consumerprotection.core.classification.ClassificationScheme;
import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.core.classification.SchemeCode;
import io.consumerprotection.core.internal.ZoneDay;
import io.consumerprotection.core.internal.warning.Tails;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accumulator of one {@link HotSpotWatch}: feed complaints with {@link #accept}, in any order, then take
 * the {@link #alerts()}. Memory is one counter per cell and bucket, a few ids per cell and bucket, and the
 * days of each customer's (and product's) complaints. Not thread-safe.
 */
public final class HotSpotPass {

    private static final char SEP = '\u001f';

    private final HotSpotWatch watch;
    private final WarningSettings s;
    private final ZoneDay days;
    private final long firstDay;
    private final long lastDay;
    private final int bucketDays;
    private final int buckets;
    private final ClassificationScheme scheme;
    private final Map<String, String> majorBusiness = new HashMap<>();
    private final Map<String, String> majorCause = new HashMap<>();
    private final Map<String, Series> cells = new HashMap<>();
    private final Map<String, Series> topics = new HashMap<>();
    private final Map<String, Occurrences> customers = new HashMap<>();
    private final Map<String, Occurrences> products = new HashMap<>();
    private long read;
    private long outside;
    private final List<AlertDetector.Tally> tallies = new ArrayList<>();

    HotSpotPass(HotSpotWatch watch) {
        this.watch = watch;
        this.s = watch.settings();
        this.days = ZoneDay.of(watch.zone());
        this.firstDay = watch.firstBucketStart().toEpochDay();
        this.lastDay = watch.to().toEpochDay();
        this.bucketDays = s.granularity() == Granularity.WEEK ? 7 : 1;
        this.buckets = (int) ((lastDay - firstDay) / bucketDays + 1);
        this.scheme = watch.catalog().latest();
        watch.detectors().forEach(d -> tallies.add(d.newTally()));
    }

    /** Counts one complaint (outside {@code [from, to]} it is skipped). */
    public void accept(ComplaintRecord r) {
        read++;
        for (AlertDetector.Tally t : tallies) {
            t.accept(r);
        }
        long day = days.dayOf(r.receivedAt()).toEpochDay();
        if (day < watch.from().toEpochDay() || day > lastDay) {
            outside++;
            return;
        }
        int bucket = (int) ((day - firstDay) / bucketDays);
        String business = r.classification().getOrDefault(Dimension.BUSINESS.name(), "");
        String cause = r.classification().getOrDefault(Dimension.CAUSE.name(), "");
        String unit = r.receivingUnit() == null ? "" : r.receivingUnit();
        String b1 = major(Dimension.BUSINESS, business, majorBusiness);
        String c1 = major(Dimension.CAUSE, cause, majorCause);
        String cellKey = b1 + SEP + c1 + SEP + unit;
        Series cell = cells.get(cellKey);
        if (cell == null) {
            cell = new Series(new String[] {b1, c1, unit}, buckets);
            cells.put(cellKey, cell);
        }
        cell.add(bucket, r.id(), s.maxNarratives());
        String topicKey = business + SEP + cause;
        Series topic = topics.get(topicKey);
        if (topic == null) {
            topic = new Series(new String[] {business, cause}, buckets);
            topics.put(topicKey, topic);
        }
        topic.add(bucket, r.id(), s.maxNarratives());
        String customer = r.complainant().reference();
        if (customer != null && !customer.isEmpty()) {
            customers.computeIfAbsent(customer, k -> new Occurrences()).add(day, r.id());
        }
        String product = watch.productOf().apply(r);
        if (product != null && !product.isEmpty()) {
            products.computeIfAbsent(product, k -> new Occurrences()).add(day, r.id());
        }
    }

    /** Complaints read, including those outside the watched days. */
    public long read() {
        return read;
    }

    /** The number of business × cause × unit cells seen. */
    public int cells() {
        return cells.size();
    }

    /** Every alert, by first day, then kind, then cell. */
    public List<HotSpotAlert> alerts() {
        List<HotSpotAlert> out = new ArrayList<>();
        int k = s.baselinePeriods();
        int stride = s.granularity() == Granularity.DAY ? 7 : 1;
        int history = k * stride;
        int firstWatched = (int) ((watch.from().toEpochDay() - firstDay) / bucketDays);
        for (Series c : cells.values()) {
            for (int b = firstWatched + history; b < buckets; b++) {
                int observed = c.counts[b];
                if (observed < s.minimumCount()) {
                    continue;
                }
                double sum = 0;
                double sumSq = 0;
                for (int i = 1; i <= k; i++) {
                    int v = c.counts[b - i * stride];
                    sum += v;
                    sumSq += (double) v * v;
                }
                double mean = (sum + 0.5) / k;
                double variance = k > 1 ? (sumSq - sum * sum / k) / (k - 1) : 0;
                if (observed <= mean) {
                    continue;
                }
                double p = variance > mean * 1.0001 && sum > 0
                        ? Tails.negativeBinomialAtLeast(observed, mean, mean * mean / (variance - mean))
                        : Tails.poissonAtLeast(observed, mean);
                if (p < s.alpha()) {
                    out.add(alert(AlertKind.SURGE, c, b, observed, mean, p, nameOf(c.key, true), c.key[2]));
                }
            }
        }
        for (Series t : topics.values()) {
            for (int b = firstWatched + history; b < buckets; b++) {
                int observed = t.counts[b];
                if (observed == 0) {
                    continue;
                }
                boolean absent = true;
                for (int i = b - history; i < b && absent; i++) {
                    absent = t.counts[i] == 0;
                }
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

    private HotSpotAlert alert(AlertKind kind, Series c, int b, int observed, double expected, double p, String name,
                               String unit) {
        LocalDate start = LocalDate.ofEpochDay(firstDay + (long) b * bucketDays);
        LocalDate end = LocalDate.ofEpochDay(Math.min(lastDay, firstDay + (long) (b + 1) * bucketDays - 1));
        String[] ids = c.ids[b] == null ? new String[0] : Arrays.copyOf(c.ids[b], Math.min(c.counts[b], s.maxNarratives()));
        return new HotSpotAlert(kind, List.of(c.key), name, unit, start, end, observed, expected, p, List.of(ids));
    }

    private void repeats(AlertKind kind, Map<String, Occurrences> all, List<HotSpotAlert> out) {
        int threshold = s.repeatThreshold();
        for (Map.Entry<String, Occurrences> e : all.entrySet()) {
            Occurrences o = e.getValue();
            if (o.size < threshold) {
                continue;
            }
            Integer[] order = new Integer[o.size];
            for (int i = 0; i < o.size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.<Integer>comparingLong(i -> o.days[i]).thenComparing(i -> o.ids[i]));
            int start = 0;
            for (int end = 0; end < order.length; end++) {
                while (o.days[order[end]] - o.days[order[start]] >= s.repeatWindowDays()) {
                    start++;
                }
                if (end - start + 1 >= threshold) {
                    String token = kind == AlertKind.REPEAT_CUSTOMER ? token(e.getKey()) : e.getKey();
                    List<String> ids = new ArrayList<>();
                    for (int i = start; i <= end && ids.size() < s.maxNarratives(); i++) {
                        ids.add(o.ids[order[i]]);
                    }
                    String name = (kind == AlertKind.REPEAT_CUSTOMER ? "客户 " : "产品 ") + token;
                    out.add(new HotSpotAlert(kind, List.of(token), name, "", LocalDate.ofEpochDay(o.days[order[start]]),
                            LocalDate.ofEpochDay(o.days[order[end]]), end - start + 1, threshold - 1, Double.NaN, ids));
                    start = end + 1; // the next alert needs a fresh run of complaints
                }
            }
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

    private String major(Dimension d, String code, Map<String, String> cache) {
        if (code.isEmpty()) {
            return "";
        }
        String m = cache.get(code);
        if (m == null) {
            Optional<SchemeCode> found = scheme.find(d, code);
            m = found.isPresent() ? scheme.rollUp(d, code, 1).code() : code;
            cache.put(code, m);
        }
        return m;
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
                    ids[bucket] = new String[Math.min(max, 4)];
                } else if (n >= ids[bucket].length) {
                    ids[bucket] = Arrays.copyOf(ids[bucket], Math.min(max, ids[bucket].length * 2));
                }
                ids[bucket][n] = id;
            }
        }
    }

    /** The days and ids of one customer's or product's complaints. */
    private static final class Occurrences {
        long[] days = new long[2];
        String[] ids = new String[2];
        int size;

        void add(long day, String id) {
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                ids = Arrays.copyOf(ids, size * 2);
            }
            days[size] = day;
            ids[size] = id;
            size++;
        }
    }
}
