package io.consumerprotection.core.reporting;

import io.consumerprotection.core.classification.ClassificationScheme;
import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.core.classification.SchemeCode;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.ComplaintLevel;
import io.consumerprotection.core.internal.EpochDays;
import io.consumerprotection.core.internal.TimelineIndex;
import io.consumerprotection.core.internal.ZoneDay;
import io.consumerprotection.core.statistics.Change;
import io.consumerprotection.core.statistics.GroupFigures;
import io.consumerprotection.core.statistics.Grouping;
import io.consumerprotection.core.statistics.Rate;
import io.consumerprotection.core.statistics.RegulatorTable;
import io.consumerprotection.core.statistics.StatisticsReport;
import io.consumerprotection.core.statistics.TableRow;
import io.consumerprotection.core.statistics.Tally;
import io.consumerprotection.core.warning.AlertKind;
import io.consumerprotection.core.warning.HotSpotAlert;
import io.consumerprotection.core.warning.HotSpotPass;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The accumulator of one {@link ComplaintReporting}: {@link #accept} each complaint once, then take the
 * {@link #report()}. Feeds the statistics {@link Tally} and the hot-spot pass with the same record. Not
 * thread-safe.
 */
public final class ReportPass {

    private static final Grouping SOURCE = Grouping.by(Dimension.SOURCE);
    private static final Grouping UNIT = Grouping.receivingUnit();
    private static final Grouping BUSINESS_BY_CAUSE = Grouping.by(Dimension.BUSINESS, 1).and(Grouping.by(Dimension.CAUSE, 1));

    private final ComplaintReporting run;
    private final Tally tally;
    private final HotSpotPass watch;
    private final ZoneDay days;
    private final long start;
    private final long end;
    private final YearMonth firstMonth;
    private final long[] months;
    private final long[] handling = new long[10];
    private final PriorityQueue<Candidate> cases;
    private long read;

    ReportPass(ComplaintReporting run) {
        this.run = run;
        this.tally = run.statistics().newTally();
        this.watch = run.watch().map(w -> w.newPass()).orElse(null);
        this.days = ZoneDay.of(run.statistics().zone());
        this.start = run.period().start().toEpochDay();
        this.end = run.period().end().toEpochDay();
        this.firstMonth = YearMonth.from(run.period().start());
        this.months = new long[(int) firstMonth.until(YearMonth.from(run.period().end()), java.time.temporal.ChronoUnit.MONTHS) + 1];
        this.cases = new PriorityQueue<>(Candidate.WORST_LAST);
    }

    /** Counts one complaint in the statistics, the report's own counters and the early warning. */
    public void accept(ComplaintRecord r) {
        read++;
        tally.accumulate(r);
        if (watch != null) {
            watch.accept(r);
        }
        long day = days.epochDay(r.receivedAt());
        if (day < start || day > end) {
            return;
        }
        LocalDate d = EpochDays.date(day);
        months[(d.getYear() - firstMonth.getYear()) * 12 + d.getMonthValue() - firstMonth.getMonthValue()]++;
        readTimeline(r);
        handlingOf(r);
        if (run.typicalCases() > 0) {
            typical(r, day);
        }
    }

    // what the 3-5-10 counters and the typical cases need of a complaint's timeline, read once per complaint
    private long contacted;
    private long planned;
    private long decided;
    private boolean escalated;
    private boolean merged;

    private static final String MAJOR = ComplaintLevel.MAJOR.name();
    private static final String REGULATOR = Channel.REGULATOR_TRANSFER.name();
    private static final String PBOC = Channel.PBOC_TRANSFER.name();
    private static final int CONTACTED = ComplaintEventType.CUSTOMER_CONTACTED.ordinal();
    private static final int PLANNED = ComplaintEventType.PLAN_PROPOSED.ordinal();
    private static final int DECIDED = ComplaintEventType.DECIDED.ordinal();
    private static final int ESCALATED = ComplaintEventType.ESCALATED.ordinal();
    private static final int REPEAT_MERGED = ComplaintEventType.REPEAT_MERGED.ordinal();
    private static final int MERGED = ComplaintEventType.MERGED.ordinal();

    /** Reads the timeline's index once into the scratch fields above (first day of each milestone, -1 when absent). */
    private void readTimeline(ComplaintRecord r) {
        List<TimelineEventRecord> timeline = r.timeline();
        TimelineIndex index = TimelineIndex.of(timeline);
        contacted = firstDay(index, CONTACTED, timeline);
        planned = firstDay(index, PLANNED, timeline);
        decided = firstDay(index, DECIDED, timeline);
        escalated = index.has(ESCALATED);
        merged = index.has(REPEAT_MERGED) || index.has(MERGED);
    }

    private long firstDay(TimelineIndex index, int type, List<TimelineEventRecord> timeline) {
        int k = index.next(type, 0);
        return k < 0 ? -1 : days.epochDay(timeline.get(k).at());
    }

    // handling: [statutory decided, on time, contact counted, on time, plan counted, on time, resolve counted, on time,
    //            3-5-10 counted, all met]
    private void handlingOf(ComplaintRecord r) {
        Map<String, LocalDate> due = r.dueDates();
        milestone(due.get("DECISION"), decided, 0);
        int contact = milestone(due.get("CONTACT"), contacted, 2);
        int plan = milestone(due.get("PLAN"), planned, 4);
        int resolve = milestone(due.get("RESOLVE"), decided, 6);
        int counted = (contact >= 0 ? 1 : 0) + (plan >= 0 ? 1 : 0) + (resolve >= 0 ? 1 : 0);
        int met = Math.max(contact, 0) + Math.max(plan, 0) + Math.max(resolve, 0);
        if (counted > 0) {
            handling[8]++;
            if (met == counted) {
                handling[9]++;
            }
        }
    }

    /** Counts a milestone; returns 1 when met, 0 when missed, -1 when not counted. */
    private int milestone(LocalDate due, long at, int slot) {
        if (due == null || at < 0) {
            return -1;
        }
        handling[slot]++;
        if (at <= due.toEpochDay()) {
            handling[slot + 1]++;
            return 1;
        }
        return 0;
    }

    private void typical(ComplaintRecord r, long day) {
        // the score first, without allocating: most complaints are not typical
        boolean major = MAJOR.equals(r.level());
        boolean regulator = r.channel().equals(REGULATOR) || r.channel().equals(PBOC);
        boolean repeat = r.relatedComplaintId() != null || merged;
        int score = (major ? 4 : 0) + (regulator ? 3 : 0) + (escalated ? 2 : 0) + (repeat ? 1 : 0);
        if (score == 0) {
            return;
        }
        long received = r.receivedAt().getEpochSecond();
        if (cases.size() >= run.typicalCases() && !Candidate.better(score, received, r.id(), cases.peek())) {
            return;
        }
        List<String> reasons = new ArrayList<>(4);
        if (major) {
            reasons.add("MAJOR");
        }
        if (regulator) {
            reasons.add("REGULATOR_TRANSFERRED");
        }
        if (escalated) {
            reasons.add("ESCALATED");
        }
        if (repeat) {
            reasons.add("REPEAT");
        }
        if (cases.size() >= run.typicalCases()) {
            cases.poll();
        }
        cases.add(new Candidate(r.id(), score, received, reasons));
    }

    /** The number of complaints read. */
    public long read() {
        return read;
    }

    /** The report. */
    public Report report() {
        StatisticsReport stats = tally.report();
        RegulatorTable table = stats.regulatorTable();
        ClassificationScheme scheme = run.statistics().catalog().findVersion(table.schemeVersion())
                .orElse(run.statistics().catalog().latest());
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("classification", table.schemeVersion());
        versions.put("reportingCalendar", run.calendar().version());
        versions.put("reporting", ComplaintReporting.VERSION);
        run.watch().ifPresent(w -> versions.put("warning", w.settings().version()));
        ReportHeader header = new ReportHeader(run.kind(), run.period(), run.calendar().dueDate(run.kind(), run.period()),
                versions, read);
        if (run.kind() == ReportKind.MONTHLY_TABLE) {
            List<TableRow> bySource = stats.groups(SOURCE).stream().filter(g -> g.current().complaints() > 0)
                    .map(g -> row(scheme, Dimension.SOURCE, g)).toList();
            return new MonthlyStatisticsTable(header, table, bySource);
        }
        List<CellFigures> top = stats.groups(BUSINESS_BY_CAUSE).stream().filter(g -> g.current().complaints() > 0)
                .limit(run.topCells()).map(g -> cell(scheme, g)).toList();
        List<UnitFigures> units = units(stats);
        List<TypicalCase> typical = cases.stream().sorted(Candidate.WORST_LAST.reversed())
                .map(c -> new TypicalCase(c.id, c.score, c.reasons)).toList();
        List<HotSpotAlert> alerts = watch == null ? List.of() : watch.alerts().stream()
                .filter(a -> !a.from().isBefore(run.period().start()) && !a.from().isAfter(run.period().end())).toList();
        List<Advice> advice = advice(top, units, table, alerts);
        if (run.kind() == ReportKind.QUARTERLY_BULLETIN) {
            return new QuarterlyBulletin(header, table, top, run.unitBase(), units, typical, alerts, advice);
        }
        List<MonthCount> trend = new ArrayList<>();
        for (int i = 0; i < months.length; i++) {
            trend.add(new MonthCount(firstMonth.plusMonths(i), months[i]));
        }
        HandlingRates rates = new HandlingRates(Rate.of(handling[1], handling[0]), Rate.of(handling[3], handling[2]),
                Rate.of(handling[5], handling[4]), Rate.of(handling[7], handling[6]), Rate.of(handling[9], handling[8]));
        return new AnalysisReport(header, table, top, run.unitBase(), units, typical, alerts, advice, trend, rates);
    }

    private List<UnitFigures> units(StatisticsReport stats) {
        UnitBase base = run.unitBase();
        List<UnitFigures> out = new ArrayList<>();
        for (GroupFigures g : stats.groups(UNIT)) {
            long n = g.current().complaints();
            if (n == 0) {
                continue;
            }
            String unit = g.key().get(0);
            Optional<BigDecimal> rate = base.denominator(unit).filter(d -> d > 0)
                    .map(d -> BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(base.per()))
                            .divide(BigDecimal.valueOf(d), 2, java.math.RoundingMode.HALF_UP));
            out.add(new UnitFigures(unit, n, rate));
        }
        // with a base: rated units by rate, then unrated by count; without: by count
        out.sort(Comparator.comparing((UnitFigures u) -> u.rate().isEmpty())
                .thenComparing(u -> u.rate().orElse(BigDecimal.ZERO), Comparator.reverseOrder())
                .thenComparing(UnitFigures::count, Comparator.reverseOrder()).thenComparing(UnitFigures::unit));
        return out;
    }

    private List<Advice> advice(List<CellFigures> top, List<UnitFigures> units, RegulatorTable table,
                                List<HotSpotAlert> alerts) {
        int min = run.adviceMinimum();
        List<Advice> out = new ArrayList<>();
        for (CellFigures c : top) {
            Change y = c.yearOnYear();
            if (c.count() >= min && (y.previous() == 0 || y.difference() > 0)) {
                String change = y.percent().map(p -> "同比" + (p.signum() >= 0 ? "上升" : "下降") + p.abs().toPlainString() + "%")
                        .orElse("去年同期无此类投诉");
                out.add(new Advice("CELL:" + String.join("|", c.codes()),
                        c.nameZh() + "类投诉" + c.count() + "件，占" + c.share().percent().map(BigDecimal::toPlainString).orElse("-")
                                + "%，" + change + "。建议牵头业务部门分析成因，完善制度流程，限期整改并开展回头看。",
                        c.nameEn() + ": " + c.count() + " complaints (" + c.yearOnYear() + "). The lead business department "
                                + "should analyse the causes, amend the process, rectify by a date and follow up.",
                        Optional.empty()));
            }
        }
        if (!units.isEmpty() && units.get(0).count() >= min) {
            UnitFigures u = units.get(0);
            String rate = u.rate().map(r -> "（" + run.unitBase().labelZh() + r.toPlainString() + "件）").orElse("");
            out.add(new Advice("UNIT:" + u.unit(), u.unit() + "投诉" + u.count() + "件" + rate
                    + "，居全行首位。建议该机构逐笔复盘投诉，查找服务和管理短板，落实整改并问责到人。",
                    u.unit() + ": " + u.count() + " complaints, first in the bank. The unit should review each complaint, "
                            + "rectify and hold staff accountable.", Optional.of(u.unit())));
        }
        Rate reg = table.regulatorOnTime();
        if (reg.denominator() > 0 && reg.numerator() < reg.denominator()) {
            out.add(new Advice("REGULATOR-ON-TIME", "监管转办投诉按时办结率" + reg.percent().map(BigDecimal::toPlainString).orElse("-")
                    + "%，未达100%。建议逐笔核查超时原因，压实首问负责和办理时限。",
                    "Regulator-transferred complaints decided on time: " + reg + ", below 100%. Review each late one.",
                    Optional.empty()));
        }
        for (HotSpotAlert a : alerts) {
            if (a.kind() == AlertKind.SURGE || a.kind() == AlertKind.NEW_TOPIC) {
                out.add(new Advice("ALERT:" + a.kind() + ":" + String.join("|", a.cell()),
                        "【" + a.kind().chinese() + "】" + a.explanation().split(" / ")[0] + "。建议立即排查原因，必要时开展专项整治。",
                        a.kind().english() + ": " + a.explanation().split(" / ", 2)[1] + ". Investigate now.",
                        a.unit().isEmpty() ? Optional.empty() : Optional.of(a.unit())));
            }
            if (a.kind() == AlertKind.PARTNER_COUNT_RISE || a.kind() == AlertKind.PARTNER_SHARE_RISE) {
                out.add(new Advice("ALERT:" + a.kind() + ":" + String.join("|", a.cell()),
                        "【" + a.kind().chinese() + "】" + a.explanation().split(" / ")[0] + "。建议对该合作机构开展专项评估，必要时暂停合作或列入黑名单。",
                        a.kind().english() + ": " + a.explanation().split(" / ", 2)[1] + ". Run a special evaluation of the partner.",
                        Optional.empty()));
            }
        }
        return out;
    }

    private static CellFigures cell(ClassificationScheme scheme, GroupFigures g) {
        String b = g.key().get(0);
        String c = g.key().get(1);
        return new CellFigures(g.key(), name(scheme, Dimension.BUSINESS, b, true) + " · " + name(scheme, Dimension.CAUSE, c, true),
                name(scheme, Dimension.BUSINESS, b, false) + " · " + name(scheme, Dimension.CAUSE, c, false), g.share(),
                g.yearOnYear(), g.periodOnPeriod());
    }

    private static TableRow row(ClassificationScheme scheme, Dimension d, GroupFigures g) {
        String code = g.key().get(0);
        return new TableRow(code, name(scheme, d, code, true), name(scheme, d, code, false), g.share(), g.yearOnYear());
    }

    private static String name(ClassificationScheme scheme, Dimension d, String code, boolean zh) {
        if (code.isEmpty()) {
            return zh ? "未分类" : "Unclassified";
        }
        return scheme.find(d, code).map(zh ? SchemeCode::nameZh : SchemeCode::nameEn).orElse(code);
    }

    /** A typical-case candidate. */
    private record Candidate(String id, int score, long receivedSecond, List<String> reasons) {
        /** Lower score, then later received, then larger id: first to go. */
        static final Comparator<Candidate> WORST_LAST = Comparator.comparingInt(Candidate::score)
                .thenComparing(Candidate::receivedSecond, Comparator.reverseOrder())
                .thenComparing(Candidate::id, Comparator.reverseOrder());

        /** Whether a complaint of this score, second and id ranks above {@code worst} ({@code WORST_LAST}), unboxed. */
        static boolean better(int score, long receivedSecond, String id, Candidate worst) {
            if (score != worst.score) {
                return score > worst.score;
            }
            if (receivedSecond != worst.receivedSecond) {
                return receivedSecond < worst.receivedSecond;
            }
            return id.compareTo(worst.id) < 0;
        }
    }
}
