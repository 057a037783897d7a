package io.consumerprotection.core.partner;

import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.core.warning.AlertDetector;
import io.consumerprotection.core.warning.AlertKind;
import io.consumerprotection.core.warning.HotSpotAlert;
import io.consumerprotection.core.warning.HotSpotWatch;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Complaint figures by partner and the alerts when a partner's count or share rises. A complaint is attributed to
 * a partner when its respondent (the party complained about) is the partner's id; it is a harassment complaint
 * when one of its CAUSE codes lies under {@value #HARASSMENT_CAUSE} (债务催收方式和手段, debt-collection methods,
 * scheme 2018.1, JR/T 0169-2018 axis C). The rise alerts are alerts of the early warning: {@link #detector} feeds them
 * into a {@link HotSpotWatch} pass, so that they are sent by {@code HotSpotNotices} and shown with the other hot-spot
 * alerts (CLI {@code warn}, the reports). Immutable and thread-safe.
 *
 * @param partners   the partners to count for
 * @param thresholds when a rise is an alert
 */
public record PartnerComplaints(Set<PartnerId> partners, Thresholds thresholds) {

    /** How many complaint ids a partner alert of the early warning lists at most. */
    public static final int MAX_IDS = 20;

    /** The CAUSE code of debt-collection methods (major class 12) in the bundled scheme 2018.1. */
    public static final String HARASSMENT_CAUSE = "12";

    /**
     * When a rise is an alert: the count rose by at least {@code countRisePercent} percent and reached at least
     * {@code minimumCount}, or the share rose by at least {@code sharePoints} percentage points. These are data:
     * pass your own through {@link PartnerComplaints#PartnerComplaints(Set, Thresholds)}. The defaults
     * ({@link #defaults()}: 50%, 3, 5 points) are <b>this project's choice, not regulation</b>: seed 003 reports the
     * rise to 18% but names no threshold, and no rule we know of fixes one.
     *
     * @param countRisePercent the rise of the count that alerts, in percent of the previous count
     * @param minimumCount     a count alert needs at least this many complaints in the current period
     * @param sharePoints      the rise of the share that alerts, in percentage points
     */
    public record Thresholds(int countRisePercent, long minimumCount, BigDecimal sharePoints) {
        public Thresholds {
            Objects.requireNonNull(sharePoints, "sharePoints");
            if (countRisePercent < 0 || minimumCount < 0 || sharePoints.signum() < 0) {
                throw new IllegalArgumentException("thresholds must not be negative");
            }
        }

        /** 50% and at least 3 complaints, or 5 percentage points (the project's choice, see above). */
        public static Thresholds defaults() {
            return new Thresholds(50, 3, BigDecimal.valueOf(5));
        }

        /** The thresholds as recorded with a decision, {@code partner-rise;count=+50%/3,share=+5pp}. */
        public String version() {
            return "partner-rise;count=+" + countRisePercent + "%/" + minimumCount + ",share=+" + sharePoints.toPlainString() + "pp";
        }
    }

    public PartnerComplaints {
        partners = Set.copyOf(Objects.requireNonNull(partners, "partners"));
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /** Figures for these partners with the default thresholds. */
    public static PartnerComplaints of(Set<PartnerId> partners) {
        return new PartnerComplaints(partners, Thresholds.defaults());
    }

    /** The figures of complaints received in {@code [from, to)}, one per partner, by partner id. */
    public List<PartnerFigures> figures(Stream<ComplaintRecord> complaints, Instant from, Instant to) {
        Objects.requireNonNull(complaints, "complaints");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Map<String, long[]> counts = new LinkedHashMap<>();
        partners.stream().map(PartnerId::value).sorted().forEach(p -> counts.put(p, new long[2]));
        long[] total = new long[1];
        complaints.filter(c -> !c.receivedAt().isBefore(from) && c.receivedAt().isBefore(to)).forEach(c -> {
            total[0]++;
            long[] n = c.respondent() == null ? null : counts.get(c.respondent());
            if (n != null) {
                n[0]++;
                if (isHarassment(c)) {
                    n[1]++;
                }
            }
        });
        List<PartnerFigures> out = new ArrayList<>(counts.size());
        counts.forEach((p, n) -> out.add(new PartnerFigures(PartnerId.of(p), n[0], n[1], total[0])));
        return List.copyOf(out);
    }

    /** Whether one of the complaint's CAUSE codes lies under debt-collection methods. */
    public static boolean isHarassment(ComplaintRecord c) {
        String cause = c.classification().get("CAUSE");
        if (cause == null) {
            return false;
        }
        for (String code : cause.split("\\|")) {
            if (code.strip().startsWith(HARASSMENT_CAUSE)) {
                return true;
            }
        }
        return false;
    }

    /** The alerts of partners whose count or share rose from {@code previous} to {@code current}. */
    public List<PartnerAlert> alerts(List<PartnerFigures> current, List<PartnerFigures> previous) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
        Map<PartnerId, PartnerFigures> before = new LinkedHashMap<>();
        previous.forEach(f -> before.put(f.partner(), f));
        List<PartnerAlert> alerts = new ArrayList<>();
        for (PartnerFigures now : current) {
            PartnerFigures then = before.getOrDefault(now.partner(), new PartnerFigures(now.partner(), 0, 0, 0));
            boolean enough = now.complaints() >= thresholds.minimumCount();
            boolean countRose = now.complaints() > then.complaints()
                    && (now.complaints() - then.complaints()) * 100 >= (long) thresholds.countRisePercent() * then.complaints();
            if (enough && countRose) {
                alerts.add(new PartnerAlert(now.partner(), PartnerAlert.Kind.COUNT_RISE, now, then,
                        "投诉量由 " + then.complaints() + " 件升至 " + now.complaints() + " 件(阈值 +" + thresholds.countRisePercent()
                                + "%, 至少 " + thresholds.minimumCount() + " 件); complaints rose from " + then.complaints()
                                + " to " + now.complaints()));
            }
            BigDecimal rise = now.sharePercent().subtract(then.sharePercent());
            if (now.complaints() > 0 && rise.compareTo(thresholds.sharePoints()) >= 0) {
                alerts.add(new PartnerAlert(now.partner(), PartnerAlert.Kind.SHARE_RISE, now, then,
                        "投诉占比由 " + then.sharePercent() + "% 升至 " + now.sharePercent() + "%(阈值 +" + thresholds.sharePoints()
                                + " 个百分点); share rose from " + then.sharePercent() + "% to " + now.sharePercent() + "%"));
            }
        }
        return List.copyOf(alerts);
    }

    /**
     * The partner rise alert as a detector of the hot-spot early warning ({@link HotSpotWatch.Builder#detector}): it
     * compares the complaints received on days {@code [from, to]} (in {@code zone}) with those of the same number of
     * days right before {@code from}, by {@link #alerts}, and raises a {@link AlertKind#PARTNER_COUNT_RISE} or
     * {@link AlertKind#PARTNER_SHARE_RISE} {@link HotSpotAlert} per rise: cell {@code [partner id]}, bank-wide (the
     * notice goes to the consumer-protection department), observed and expected counts, no probability (a threshold
     * passed), at most {@value #MAX_IDS} complaint ids. The pass must read the previous period too.
     */
    public AlertDetector detector(LocalDate from, LocalDate to, ZoneId zone) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        LocalDate previousFrom = from.minusDays(days);
        Set<String> ids = partners.stream().map(PartnerId::value).collect(java.util.stream.Collectors.toUnmodifiableSet());
        return () -> new AlertDetector.Tally() {
            private final Map<String, long[]> counts = new HashMap<>();
            private final Map<String, List<String>> complaintIds = new HashMap<>();
            private final long[] totals = new long[2];

            @Override
            public void accept(ComplaintRecord c) {
                LocalDate day = LocalDate.ofInstant(c.receivedAt(), zone);
                if (day.isBefore(previousFrom) || day.isAfter(to)) {
                    return;
                }
                int period = day.isBefore(from) ? 1 : 0;
                totals[period]++;
                String p = c.respondent();
                if (p == null || !ids.contains(p)) { // a respondent may be any text, not only a partner id
                    return;
                }
                long[] n = counts.computeIfAbsent(p, k -> new long[4]);
                n[period * 2]++;
                if (isHarassment(c)) {
                    n[period * 2 + 1]++;
                }
                if (period == 0) {
                    List<String> list = complaintIds.computeIfAbsent(p, k -> new ArrayList<>());
                    if (list.size() < MAX_IDS) {
                        list.add(c.id());
                    }
                }
            }

            @Override
            public List<HotSpotAlert> alerts() {
                List<PartnerFigures> now = new ArrayList<>();
                List<PartnerFigures> then = new ArrayList<>();
                partners.stream().map(PartnerId::value).sorted().forEach(p -> {
                    long[] n = counts.getOrDefault(p, new long[4]);
                    now.add(new PartnerFigures(PartnerId.of(p), n[0], n[1], totals[0]));
                    then.add(new PartnerFigures(PartnerId.of(p), n[2], n[3], totals[1]));
                });
                List<HotSpotAlert> out = new ArrayList<>();
                for (PartnerAlert a : PartnerComplaints.this.alerts(now, then)) {
                    out.add(a.asHotSpotAlert(from, to, complaintIds.getOrDefault(a.partner().value(), List.of())));
                }
                return List.copyOf(out);
            }
        };
    }
}
