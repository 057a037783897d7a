package io.consumerprotection.core.reporting;

import io.consumerprotection.core.statistics.ReportingPeriod;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The versioned calendar of when each report is due: bundled as {@code reporting-calendar-2026a.tsv} (each
 * entry citing its basis and confidence), with the monthly table's day set by the host
 * ({@link #withMonthlyDay}) and any entry replaceable ({@link #withRule}). A changed calendar says so in its
 * {@link #version()} ({@code 2026a+monthly=15}). Immutable.
 *
 * <p>Only the PBoC self-assessment date (31 January, PBoC Order 2020 No. 5 art. 56) is stated in regulation;
 * the other defaults are marked {@code host} in the file: set them from the local regulator's notice.
 */
public final class ReportingCalendar {

    /** How a due date follows from a period. */
    public enum Rule {
        /** Day {@code n} of the month after the period (the month's last day when it has no day {@code n}). */
        DAY_OF_NEXT_MONTH,
        /** {@code n} calendar days after the period's last day. */
        DAYS_AFTER_END,
        /** A fixed day ({@code MMDD}, for example 131 for 31 January) of the year after the period. */
        NEXT_YEAR_DATE
    }

    /**
     * One entry.
     *
     * @param rule       how the due date follows from the period
     * @param argument   the day, the number of days, or the month-day as {@code MMDD}
     * @param confidence {@code A} when stated in regulation, {@code host} for a default the host should set
     * @param basis      the source
     */
    public record Entry(Rule rule, int argument, String confidence, String basis) {
        public Entry {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(confidence, "confidence");
            Objects.requireNonNull(basis, "basis");
        }

        @Override
        public String toString() {
            return "Entry[rule=" + rule + ", argument=" + argument + ", confidence="
                    + io.consumerprotection.spi.internal.Redaction.code(confidence) + ", basis="
                    + io.consumerprotection.spi.internal.Redaction.text(basis) + "]";
        }
    }

    private static final String BUNDLED = "reporting-calendar-2026a.tsv";

    private final String version;
    private final Map<ReportKind, Entry> entries;

    private ReportingCalendar(String version, Map<ReportKind, Entry> entries) {
        this.version = version;
        this.entries = entries;
    }

    /** The bundled calendar, version {@code 2026a}. */
    public static ReportingCalendar bundled() {
        try (InputStream in = ReportingCalendar.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + BUNDLED + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a calendar in the bundled format: a {@code version} line and one line per kind.
     *
     * @throws InvalidReportingException naming the line and the rule broken
     */
    public static ReportingCalendar parse(String text) {
        Objects.requireNonNull(text, "text");
        String version = null;
        Map<ReportKind, Entry> entries = new EnumMap<>(ReportKind.class);
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String field = "line[" + lineNo + "]";
                if (f[0].equals("version") && f.length == 2) {
                    version = f[1].trim();
                    continue;
                }
                if (f.length != 5) {
                    throw InvalidReportingException.of("cannot read reporting calendar", field, "COLUMNS",
                            "需要5列 / needs 5 tab-separated columns: kind, rule, argument, confidence, basis");
                }
                ReportKind kind;
                Rule rule;
                int arg;
                try {
                    kind = ReportKind.valueOf(f[0]);
                    rule = Rule.valueOf(f[1]);
                    arg = rule == Rule.NEXT_YEAR_DATE ? monthDay(f[2]) : Integer.parseInt(f[2]);
                } catch (IllegalArgumentException e) {
                    throw InvalidReportingException.of("cannot read reporting calendar", field, "UNKNOWN_VALUE",
                            "未知的报告类型、规则或参数 / unknown kind, rule or argument");
                }
                entries.put(kind, checked(field, new Entry(rule, arg, f[3], f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (version == null) {
            throw InvalidReportingException.of("cannot read reporting calendar", "version", "REQUIRED",
                    "缺少 version 行 / a version line is required");
        }
        return new ReportingCalendar(version, entries);
    }

    private static int monthDay(String text) {
        MonthDay md = MonthDay.parse("--" + text.trim());
        return md.getMonthValue() * 100 + md.getDayOfMonth();
    }

    private static Entry checked(String field, Entry e) {
        boolean ok = switch (e.rule()) {
            case DAY_OF_NEXT_MONTH -> e.argument() >= 1 && e.argument() <= 31;
            case DAYS_AFTER_END -> e.argument() >= 0 && e.argument() <= 366;
            case NEXT_YEAR_DATE -> e.argument() >= 101 && e.argument() <= 1231;
        };
        if (!ok) {
            throw InvalidReportingException.of("invalid reporting calendar entry", field, "OUT_OF_RANGE",
                    "参数超出范围 / the argument is out of range for " + e.rule());
        }
        return e;
    }

    /** The version, with the host's changes appended. */
    public String version() {
        return version;
    }

    /** The entry of a kind, if the calendar has one. */
    public Optional<Entry> find(ReportKind kind) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(kind, "kind")));
    }

    /**
     * A copy in which the monthly table is due on day {@code day} of the following month.
     *
     * @throws InvalidReportingException when the day is not 1–31
     */
    public ReportingCalendar withMonthlyDay(int day) {
        Entry e = new Entry(Rule.DAY_OF_NEXT_MONTH, day, "host", "host: monthly table due on day " + day);
        return with(ReportKind.MONTHLY_TABLE, checked("monthlyDay", e), "monthly=" + day);
    }

    /** A copy with this entry for the kind. */
    public ReportingCalendar withRule(ReportKind kind, Entry entry) {
        Objects.requireNonNull(kind, "kind");
        return with(kind, checked(kind.name(), Objects.requireNonNull(entry, "entry")),
                kind.name() + "=" + entry.rule() + ":" + entry.argument());
    }

    private ReportingCalendar with(ReportKind kind, Entry entry, String change) {
        Map<ReportKind, Entry> copy = new EnumMap<>(entries);
        copy.put(kind, entry);
        return new ReportingCalendar(version + "+" + change, copy);
    }

    /**
     * The submission due date of a report of this kind for this period.
     *
     * @throws InvalidReportingException when the period is not of the kind's length or the calendar has no entry
     */
    public LocalDate dueDate(ReportKind kind, ReportingPeriod period) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        if (period.kind() != kind.periodKind()) {
            throw InvalidReportingException.of("no due date", "period", "PERIOD_KIND",
                    kind.chinese() + "的报告期应为" + kind.periodKind() + " / a " + kind + " covers a " + kind.periodKind()
                            + ", got " + period.kind());
        }
        Entry e = find(kind).orElseThrow(() -> InvalidReportingException.of("no due date", "kind", "NO_ENTRY",
                "报告日历中没有该报告 / the calendar has no entry for " + kind));
        LocalDate end = period.end();
        return switch (e.rule()) {
            case DAY_OF_NEXT_MONTH -> {
                YearMonth next = YearMonth.from(end).plusMonths(1);
                yield next.atDay(Math.min(e.argument(), next.lengthOfMonth()));
            }
            case DAYS_AFTER_END -> end.plusDays(e.argument());
            case NEXT_YEAR_DATE -> LocalDate.of(end.getYear() + 1, e.argument() / 100, e.argument() % 100);
        };
    }

    /**
     * What is owed for every period of this kind that ends within {@code [from, to]}, each with its
     * submission when one of {@code submissions} is of the same kind and period (the earliest if several).
     */
    public List<ReportObligation> obligations(ReportKind kind, LocalDate from, LocalDate to,
                                              Collection<ReportSubmission> submissions) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(submissions, "submissions");
        List<ReportObligation> out = new ArrayList<>();
        ReportingPeriod p = first(kind, from);
        while (!p.end().isAfter(to)) {
            if (!p.end().isBefore(from)) {
                ReportingPeriod period = p;
                Optional<ReportSubmission> sub = submissions.stream()
                        .filter(s -> s.kind() == kind && s.period().equals(period))
                        .min(java.util.Comparator.comparing(ReportSubmission::submittedAt));
                out.add(new ReportObligation(kind, period, dueDate(kind, period), sub.map(ReportSubmission::submittedAt),
                        version));
            }
            p = next(p);
        }
        return out;
    }

    private static ReportingPeriod first(ReportKind kind, LocalDate day) {
        return switch (kind.periodKind()) {
            case MONTH -> ReportingPeriod.month(YearMonth.from(day));
            case QUARTER -> ReportingPeriod.quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> ReportingPeriod.halfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> ReportingPeriod.year(day.getYear());
            case CUSTOM -> throw new IllegalArgumentException("kind: " + kind + " has no regular period");
        };
    }

    private static ReportingPeriod next(ReportingPeriod p) {
        return first(kindOf(p), p.end().plusDays(1));
    }

    private static ReportKind kindOf(ReportingPeriod p) {
        for (ReportKind k : ReportKind.values()) {
            if (k.periodKind() == p.kind()) {
                return k;
            }
        }
        throw new IllegalArgumentException("period: " + p);
    }

    @Override
    public String toString() {
        return "ReportingCalendar[" + version + "]";
    }
}
