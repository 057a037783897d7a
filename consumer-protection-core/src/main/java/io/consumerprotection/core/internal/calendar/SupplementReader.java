package io.consumerprotection.core.internal.calendar;

import io.consumerprotection.spi.Violation;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader behind {@code HolidayNotice.parse} for a supplementary notice, one that changes a year's annual notice
 * after it was published. Three kinds have been published:
 * <ul>
 *   <li>{@code SPECIAL_HOLIDAY}: 国务院关于…调休放假的通知 (国发明电〔2015〕1号: 9月3日至5日调休放假，9月6日上班), a
 *       holiday the annual notice does not have;</li>
 *   <li>{@code ADJUSTMENT}: 国务院办公厅关于调整YYYY年劳动节假期安排的通知 (国办发明电〔2019〕3号), which replaces the days
 *       of one festival of the annual notice;</li>
 *   <li>{@code EXTENSION}: 国务院办公厅关于延长YYYY年春节假期的通知 (国办发明电〔2020〕1号: 延长2020年春节假期至2月2日), which
 *       lengthens one festival's break to a later last day.</li>
 * </ul>
 * The text after the title is read clause by clause (a clause ends at {@code ，。；}, never inside brackets): a
 * clause with {@code 放假} or ending in {@code 调休} or {@code 补休} gives holidays (one date, or a range joined by
 * {@code 至}); a clause ending in {@code 上班} gives make-up working days, except {@code 正常上班}, which says when work
 * resumes; in an extension the date after {@code 至} is the new last day. A weekday written beside a date must be the
 * date's. Every clause that cannot be read is a {@link Violation} quoting it.
 */
public final class SupplementReader {

    /** A supplementary notice as read. */
    public record Result(String kind, int year, String title, String documentNumber, String festival,
                         List<LocalDate> holidays, List<LocalDate> makeUpWorkdays, String text, List<Violation> violations) {
    }

    private static final Pattern ADJUSTMENT = Pattern.compile("国务院办公厅关于调整(\\d{4})年(.{1,12}?)假期安排的通知");
    private static final Pattern EXTENSION = Pattern.compile("国务院办公厅关于延长(\\d{4})年(.{1,12}?)假期的通知");
    private static final Pattern SPECIAL = Pattern.compile("国务院关于(.{2,60}?)调休放假的通知");
    private static final Pattern FIRST_FULL_DATE = Pattern.compile("(\\d{4})年\\d{1,2}月\\d{1,2}日");
    static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("国\\s*(办\\s*)?发\\s*明\\s*电\\s*[〔\\[（(【]\\s*(\\d{4})\\s*[〕\\]）)】]\\s*(\\d{1,3})\\s*号");
    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:[（(]([^）)]*)[）)])?");
    private static final Pattern WEEKDAY = Pattern.compile("(?:星期|周)([一二三四五六日天])");

    private SupplementReader() {
    }

    /** Whether the text's title is that of a supplementary notice (not of an annual one). */
    public static boolean isSupplementary(String text) {
        String c = compact(text);
        return ADJUSTMENT.matcher(c).find() || EXTENSION.matcher(c).find() || SPECIAL.matcher(c).find();
    }

    /**
     * Reads a supplementary notice.
     *
     * @param text         the notice text as published
     * @param expectedYear the year the caller expects, or 0 to take it from the text
     */
    public static Result read(String text, int expectedYear) {
        Objects.requireNonNull(text, "text");
        String c = compact(text);
        List<Violation> violations = new ArrayList<>();
        String kind;
        String festival;
        int year;
        String title;
        int bodyStart;
        Matcher a = ADJUSTMENT.matcher(c);
        Matcher e = EXTENSION.matcher(c);
        Matcher s = SPECIAL.matcher(c);
        if (a.find()) {
            kind = "ADJUSTMENT";
            year = Integer.parseInt(a.group(1));
            festival = a.group(2);
            title = "国务院办公厅关于调整" + year + "年" + festival + "假期安排的通知";
            bodyStart = a.end();
        } else if (e.find()) {
            kind = "EXTENSION";
            year = Integer.parseInt(e.group(1));
            festival = e.group(2);
            title = "国务院办公厅关于延长" + year + "年" + festival + "假期的通知";
            bodyStart = e.end();
        } else if (s.find()) {
            kind = "SPECIAL_HOLIDAY";
            festival = s.group(1);
            title = "国务院关于" + festival + "调休放假的通知";
            bodyStart = s.end();
            Matcher y = FIRST_FULL_DATE.matcher(c.substring(bodyStart));
            year = y.find() ? Integer.parseInt(y.group(1)) : 0;
        } else {
            violations.add(Violation.of("title", "NOT_A_SUPPLEMENTARY_NOTICE", "the title is none of 国务院关于…调休放假的通知, "
                    + "国务院办公厅关于调整YYYY年…假期安排的通知, 国务院办公厅关于延长YYYY年…假期的通知"));
            return new Result("", 0, "", "", "", List.of(), List.of(), "", violations);
        }
        if (year == 0) {
            violations.add(Violation.of("year", "YEAR_NOT_FOUND", "no date with its year (YYYY年M月D日) says which year '"
                    + title + "' is for"));
            return new Result(kind, 0, title, "", festival, List.of(), List.of(), "", violations);
        }
        if (expectedYear != 0 && year != expectedYear) {
            violations.add(Violation.of("year", "YEAR_MISMATCH", "the notice is for " + year
                    + ", not for the year asked for, " + expectedYear));
        }
        if (!kind.equals("SPECIAL_HOLIDAY") && !NoticeReader.isFestival(festival)) {
            violations.add(Violation.of("title", "UNKNOWN_FESTIVAL", "'" + festival + "' is not a festival a holiday notice "
                    + "arranges (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节): '" + title + "'"));
        }
        String number = "";
        Matcher dn = DOCUMENT_NUMBER.matcher(c);
        if (dn.find()) {
            number = (dn.group(1) == null ? "国发明电〔" : "国办发明电〔") + dn.group(2) + "〕" + dn.group(3) + "号";
        }
        String body = DOCUMENT_NUMBER.matcher(c.substring(bodyStart)).replaceAll("");
        TreeSet<LocalDate> holidays = new TreeSet<>();
        TreeSet<LocalDate> makeUps = new TreeSet<>();
        List<String> read = new ArrayList<>();
        int month = 0;
        for (String clause : clauses(body)) {
            List<LocalDate[]> mentions = new ArrayList<>();
            month = mentions(clause, month, year, title, mentions, violations);
            if (mentions.isEmpty()) {
                continue;
            }
            String core = clause.replaceAll("[（(][^）)]*[）)]", "");
            if (core.endsWith("上班")) {
                if (core.contains("正常上班")) {
                    continue;
                }
                for (LocalDate[] m : mentions) {
                    DayOfWeek dow = m[0].getDayOfWeek();
                    if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                        violations.add(Violation.of(title, "MAKE_UP_DAY_NOT_WEEKEND", m[0] + " (" + dow
                                + ") is not a Saturday or Sunday, so it cannot be a make-up working day: '" + clause + "'"));
                    } else {
                        makeUps.add(m[0]);
                    }
                }
                read.add(clause);
            } else if (kind.equals("EXTENSION") && core.contains("延长")) {
                if (mentions.size() != 1) {
                    violations.add(Violation.of(title, "NO_NEW_LAST_DAY", "an extension names one new last day (延长…至M月D日): '"
                            + clause + "'"));
                } else {
                    holidays.add(mentions.get(0)[0]);
                    read.add(clause);
                }
            } else if (core.contains("放假") || core.endsWith("调休") || core.endsWith("补休")) {
                for (LocalDate[] m : mentions) {
                    if (m[1] == null) {
                        holidays.add(m[0]);
                    } else if (m[1].isBefore(m[0]) || m[0].plusDays(15).isBefore(m[1])) {
                        violations.add(Violation.of(title, "IMPOSSIBLE_RANGE", m[0] + " to " + m[1]
                                + " is not a holiday break of 1 to 16 days: '" + clause + "'"));
                    } else {
                        for (LocalDate d = m[0]; !d.isAfter(m[1]); d = d.plusDays(1)) {
                            holidays.add(d);
                        }
                    }
                }
                read.add(clause);
            }
        }
        if (holidays.isEmpty() && violations.isEmpty()) {
            violations.add(Violation.of(title, "NO_HOLIDAY_SENTENCE", kind.equals("EXTENSION")
                    ? "no clause says to which day the break is extended (延长…至M月D日)"
                    : "no clause with a date says 放假 or 调休"));
        }
        for (LocalDate d : makeUps) {
            if (holidays.contains(d)) {
                violations.add(Violation.of(title, "DAY_BOTH_HOLIDAY_AND_WORKDAY", d + " is both a holiday and a make-up "
                        + "working day"));
            }
        }
        return new Result(kind, year, title, number, festival, List.copyOf(holidays), List.copyOf(makeUps),
                String.join("，", read), List.copyOf(violations));
    }

    /** The text without white space (a title may be broken over lines), digits and colons in ASCII. */
    private static String compact(String text) {
        return NoticeReader.normalise(text).replaceAll("[\\s\\u3000]+", "");
    }

    /** The clauses of a text, cut at ，,。；; outside brackets. */
    private static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '（' || ch == '(') {
                depth++;
            } else if ((ch == '）' || ch == ')') && depth > 0) {
                depth--;
            }
            if (depth == 0 && "，,。；;".indexOf(ch) >= 0) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        out.add(b.toString());
        return out;
    }

    /** The dates of a clause, a range joined by 至 as {from, to}, a single date as {date, null}. */
    private static int mentions(String clause, int month, int year, String title, List<LocalDate[]> out,
                                List<Violation> violations) {
        Matcher m = DATE.matcher(clause);
        LocalDate previous = null;
        int previousEnd = -1;
        while (m.find()) {
            if (m.group(2) != null) {
                month = Integer.parseInt(m.group(2));
            }
            if (month == 0) {
                violations.add(Violation.of(title, "MALFORMED_DATE", "'" + m.group() + "' has no month: '" + clause + "'"));
                continue;
            }
            int y = m.group(1) == null ? year : Integer.parseInt(m.group(1));
            if (y != year) {
                violations.add(Violation.of(title, "DATE_OUTSIDE_NOTICE_YEAR", "'" + m.group() + "' is not in " + year
                        + ": '" + clause + "'"));
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.of(y, month, Integer.parseInt(m.group(3)));
            } catch (DateTimeException ex) {
                violations.add(Violation.of(title, "IMPOSSIBLE_DATE", "'" + m.group() + "' is not a date: '" + clause + "'"));
                continue;
            }
            if (m.group(4) != null) {
                Matcher w = WEEKDAY.matcher(m.group(4));
                if (w.find() && NoticeReader.weekday(w.group(1)) != date.getDayOfWeek()) {
                    violations.add(Violation.of(title, "WEEKDAY_MISMATCH", "'" + m.group() + "': " + date + " is a "
                            + date.getDayOfWeek() + ", not a " + NoticeReader.weekday(w.group(1)) + ": '" + clause + "'"));
                    continue;
                }
            }
            if (previous != null && clause.substring(previousEnd, m.start()).replaceAll("[（(][^）)]*[）)]", "").matches("[至—–－\\-~～]")) {
                out.set(out.size() - 1, new LocalDate[] {previous, date});
                previous = null;
            } else {
                out.add(new LocalDate[] {date, null});
                previous = date;
            }
            previousEnd = m.end();
        }
        return month;
    }
}
