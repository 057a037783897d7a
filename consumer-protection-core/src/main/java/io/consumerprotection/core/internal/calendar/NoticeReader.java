package io.consumerprotection.core.internal.calendar;

import io.consumerprotection.spi.Violation;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader behind {@code HolidayNotice.parse}: reads the text of a State Council General Office holiday
 * notice (国务院办公厅关于YYYY年部分节假日安排的通知) sentence by sentence into its year, citation and
 * numbered festival items, collecting every sentence it cannot read as a {@link Violation} whose field is
 * the item ({@code 二、春节}) and whose message quotes the sentence.
 *
 * <p>An item is a line starting with a Chinese numeral and {@code 、} ({@code 一、元旦：…}), continued by the
 * following lines that contain a digit. In an item, the first clause with {@code 放假} gives the holiday
 * days (one date, or a range joined by {@code 至}, {@code —} or {@code -}); a clause ending in {@code 补休}
 * adds a holiday; every clause ending in {@code 上班} lists make-up working days. A day without a month
 * takes the month last written; a day without a year is in the notice's year, except a December day of
 * the 元旦 item, which is in the year before. A weekday written beside a date ({@code （星期六）},
 * {@code （周日）}) must be that date's day of week. Both full-width and ASCII punctuation and digits are read.
 * A parser: the regular expressions here run once per notice, never in a hot path.
 */
public final class NoticeReader {

    /** One festival item as read. */
    public record Item(String marker, String name, List<LocalDate> holidays, List<LocalDate> makeUpWorkdays, String text) {
    }

    /** What was read: the year, the citation and the items, or the violations. */
    public record Result(int year, String title, String documentNumber, List<Item> items, List<Violation> violations) {
    }

    private static final Pattern TITLE_YEAR = Pattern.compile("关于\\s*(\\d{4})\\s*年\\s*部分节假日安排的通知");
    private static final Pattern ARRANGEMENT_YEAR = Pattern.compile("现将\\s*(\\d{4})\\s*年");
    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("国\\s*办\\s*发\\s*明\\s*电\\s*[〔\\[（(【]\\s*(\\d{4})\\s*[〕\\]）)】]\\s*(\\d{1,3})\\s*号");
    private static final Pattern ITEM_START = Pattern.compile("^[\\s\\u3000]*([一二三四五六七八九十]{1,3})\\s*[、，,.．]\\s*(.*)$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A date mention: [YYYY年][M月]D日, then an optional note in brackets. */
    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:[（(]([^）)]*)[）)])?");
    /** A number that is part of no date, count or document number. */
    private static final Pattern STRAY_NUMBER = Pattern.compile("\\d+(?![\\d年月日天号])");
    private static final Pattern WEEKDAY = Pattern.compile("(?:星期|周)([一二三四五六日天])");
    private static final String RANGE_JOINERS = "至—–－-~～";

    /** The festivals a notice names, without quotation marks; an item may join several with 、 or 和. */
    private static final Set<String> FESTIVALS = Set.of("元旦", "春节", "清明节", "清明", "劳动节", "国际劳动节", "五一",
            "五一国际劳动节", "五一劳动节", "端午节", "端午", "中秋节", "中秋", "国庆节", "国庆", "十一");

    private NoticeReader() {
    }

    /**
     * Reads a notice.
     *
     * @param text         the notice text as published
     * @param expectedYear the year the caller expects, or 0 to take it from the text
     */
    public static Result read(String text, int expectedYear) {
        Objects.requireNonNull(text, "text");
        String normal = normalise(text);
        List<Violation> violations = new ArrayList<>();
        int year = expectedYear;
        Integer stated = statedYear(normal);
        if (stated != null && expectedYear != 0 && stated != expectedYear) {
            violations.add(Violation.of("year", "YEAR_MISMATCH",
                    "the notice is for " + stated + ", not for the year asked for, " + expectedYear));
        }
        if (stated != null) {
            year = stated;
        }
        if (year == 0) {
            violations.add(Violation.of("year", "YEAR_NOT_FOUND",
                    "no '关于YYYY年部分节假日安排的通知' or '现将YYYY年' says which year the notice is for"));
            return new Result(0, "", "", List.of(), violations);
        }
        String title = "国务院办公厅关于" + year + "年部分节假日安排的通知";
        String number = "";
        Matcher dn = DOCUMENT_NUMBER.matcher(normal);
        if (dn.find()) {
            number = "国办发明电〔" + dn.group(1) + "〕" + dn.group(2) + "号";
        }
        List<String[]> rawItems = items(normal);
        if (rawItems.isEmpty()) {
            violations.add(Violation.of("items", "NO_FESTIVAL_ITEMS",
                    "no numbered festival line ('一、元旦：…') was found"));
        }
        List<Item> items = new ArrayList<>();
        Map<LocalDate, String> seen = new LinkedHashMap<>();
        for (String[] raw : rawItems) {
            Item item = item(raw[0], raw[1], year, violations);
            if (item == null) {
                continue;
            }
            String field = item.marker() + "、" + item.name();
            for (LocalDate d : concat(item.holidays(), item.makeUpWorkdays())) {
                String before = seen.putIfAbsent(d, field);
                if (before != null) {
                    violations.add(Violation.of(field, "DAY_LISTED_TWICE", d + " is listed both in " + before + " and in "
                            + field + ": '" + item.text() + "'"));
                }
            }
            items.add(item);
        }
        return new Result(year, title, number, List.copyOf(items), List.copyOf(violations));
    }

    private static Integer statedYear(String text) {
        Matcher m = TITLE_YEAR.matcher(text);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        Matcher a = ARRANGEMENT_YEAR.matcher(text);
        return a.find() ? Integer.valueOf(a.group(1)) : null;
    }

    /** Full-width digits and punctuation to the forms the patterns read; line breaks kept. */
    static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == '：') {
                c = ':';
            } else if (c == '\r') {
                continue;
            } else if (c == '\uFEFF') {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** The numbered items: {marker, text with its continuation lines}. */
    private static List<String[]> items(String text) {
        List<String[]> items = new ArrayList<>();
        String marker = null;
        StringBuilder body = null;
        for (String line : text.split("\n", -1)) {
            Matcher m = ITEM_START.matcher(line);
            if (m.matches()) {
                if (marker != null) {
                    items.add(new String[] {marker, body.toString()});
                }
                marker = m.group(1);
                body = new StringBuilder(m.group(2).strip());
            } else if (marker != null && DIGIT.matcher(line).find()) {
                body.append(line.strip());
            } else if (marker != null && !line.isBlank()) {
                items.add(new String[] {marker, body.toString()});
                marker = null;
            }
        }
        if (marker != null) {
            items.add(new String[] {marker, body.toString()});
        }
        return items;
    }

    private static Item item(String marker, String body, int year, List<Violation> violations) {
        String text = body.replaceAll("[\\s\\u3000]+", "");
        int colon = text.indexOf(':');
        int firstDigit = firstDigit(text);
        String name;
        String rest;
        if (colon >= 0 && (firstDigit < 0 || colon < firstDigit)) {
            name = text.substring(0, colon);
            rest = text.substring(colon + 1);
        } else if (firstDigit > 0) {
            name = text.substring(0, firstDigit);
            rest = text.substring(firstDigit);
        } else {
            name = text;
            rest = "";
        }
        String field = marker + "、" + name;
        if (!isFestival(name)) {
            violations.add(Violation.of(field, "UNKNOWN_FESTIVAL", "'" + name + "' is not a festival a holiday notice "
                    + "arranges (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节): '" + text + "'"));
            return null;
        }
        int before = violations.size();
        Matcher stray = STRAY_NUMBER.matcher(rest.replaceAll(DOCUMENT_NUMBER.pattern(), ""));
        while (stray.find()) {
            violations.add(Violation.of(field, "MALFORMED_DATE", "'" + stray.group() + "' is not followed by 日, 月 or 年: '"
                    + text + "'"));
        }
        if (violations.size() > before) {
            return null;
        }
        boolean newYear = name.contains("元旦");
        TreeSet<LocalDate> holidays = new TreeSet<>();
        TreeSet<LocalDate> makeUps = new TreeSet<>();
        boolean rangeRead = false;
        int month = 0;
        for (String sentence : rest.split("[。;；]")) {
            for (String clause : sentence.split("[，,]")) {
                List<Mention> mentions = new ArrayList<>();
                int clauseStart = violations.size();
                month = mentions(clause, month, year, newYear, field, text, mentions, violations);
                String core = clause.replaceAll("[（(][^）)]*[）)]", "");
                if (!rangeRead && core.contains("放假")) {
                    rangeRead = true;
                    if (violations.size() == clauseStart) {
                        addHolidays(clause, mentions, holidays, field, text, violations);
                    }
                } else if (core.endsWith("补休")) {
                    mentions.forEach(x -> holidays.add(x.date()));
                } else if (core.endsWith("上班")) {
                    if (mentions.isEmpty() && violations.size() == clauseStart) {
                        violations.add(Violation.of(field, "NO_WORKDAY_DATE", "the clause before 上班 gives no date: '"
                                + text + "'"));
                    }
                    for (Mention x : mentions) {
                        DayOfWeek dow = x.date().getDayOfWeek();
                        if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                            violations.add(Violation.of(field, "MAKE_UP_DAY_NOT_WEEKEND", x.date() + " (" + dow
                                    + ") is not a Saturday or Sunday, so it cannot be a make-up working day: '" + text + "'"));
                        } else {
                            makeUps.add(x.date());
                        }
                    }
                }
            }
        }
        if (!rangeRead) {
            violations.add(Violation.of(field, "NO_HOLIDAY_SENTENCE", "no clause says 放假: '" + text + "'"));
        }
        for (LocalDate d : makeUps) {
            if (holidays.contains(d)) {
                violations.add(Violation.of(field, "DAY_BOTH_HOLIDAY_AND_WORKDAY", d + " is both a holiday and a make-up "
                        + "working day: '" + text + "'"));
            }
        }
        if (violations.size() > before) {
            return null;
        }
        return new Item(marker, name, List.copyOf(holidays), List.copyOf(makeUps), text);
    }

    private record Mention(LocalDate date, int start, int end) {
    }

    /** Reads the dates of a clause in order, returning the month in force after it. */
    private static int mentions(String clause, int month, int year, boolean newYear, String field, String text,
                                List<Mention> out, List<Violation> violations) {
        Matcher m = DATE.matcher(clause);
        while (m.find()) {
            if (m.group(2) != null) {
                month = Integer.parseInt(m.group(2));
            }
            if (month == 0) {
                violations.add(Violation.of(field, "MALFORMED_DATE", "'" + m.group() + "' has no month: '" + text + "'"));
                continue;
            }
            int day = Integer.parseInt(m.group(3));
            int y;
            if (m.group(1) != null) {
                y = Integer.parseInt(m.group(1));
                if (y != year && y != year - 1) {
                    violations.add(Violation.of(field, "DATE_OUTSIDE_NOTICE_YEAR", "'" + m.group() + "' is neither in "
                            + year + " nor in the December before: '" + text + "'"));
                    continue;
                }
            } else {
                y = newYear && month == 12 ? year - 1 : year;
            }
            LocalDate date;
            try {
                date = LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                violations.add(Violation.of(field, "IMPOSSIBLE_DATE", "'" + m.group() + "' (" + y + "-" + month + "-" + day
                        + ") is not a date: '" + text + "'"));
                continue;
            }
            String note = m.group(4);
            if (note != null) {
                Matcher w = WEEKDAY.matcher(note);
                if (w.find()) {
                    DayOfWeek written = weekday(w.group(1));
                    if (written != date.getDayOfWeek()) {
                        violations.add(Violation.of(field, "WEEKDAY_MISMATCH", "'" + m.group() + "': " + date + " is a "
                                + date.getDayOfWeek() + ", not a " + written + ": '" + text + "'"));
                        continue;
                    }
                }
            }
            out.add(new Mention(date, m.start(), m.end()));
        }
        return month;
    }

    private static void addHolidays(String clause, List<Mention> mentions, TreeSet<LocalDate> holidays, String field,
                                    String text, List<Violation> violations) {
        int stop = clause.indexOf("放假");
        List<Mention> head = mentions.stream().filter(x -> x.start() < stop).toList();
        if (head.isEmpty()) {
            violations.add(Violation.of(field, "NO_HOLIDAY_DATE", "the sentence gives no date before 放假: '" + text + "'"));
            return;
        }
        for (int i = 0; i < head.size(); i++) {
            Mention a = head.get(i);
            if (i + 1 < head.size() && joinedByRange(clause, a, head.get(i + 1))) {
                LocalDate to = head.get(i + 1).date();
                if (to.isBefore(a.date()) || a.date().plusDays(15).isBefore(to)) {
                    violations.add(Violation.of(field, "IMPOSSIBLE_RANGE", a.date() + " to " + to
                            + " is not a holiday break of 1 to 16 days: '" + text + "'"));
                    return;
                }
                for (LocalDate d = a.date(); !d.isAfter(to); d = d.plusDays(1)) {
                    holidays.add(d);
                }
                i++;
            } else {
                holidays.add(a.date());
            }
        }
    }

    private static boolean joinedByRange(String clause, Mention a, Mention b) {
        String between = clause.substring(a.end(), b.start()).replaceAll("[（(][^）)]*[）)]", "");
        for (int i = 0; i < between.length(); i++) {
            if (RANGE_JOINERS.indexOf(between.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static DayOfWeek weekday(String c) {
        return switch (c) {
            case "一" -> DayOfWeek.MONDAY;
            case "二" -> DayOfWeek.TUESDAY;
            case "三" -> DayOfWeek.WEDNESDAY;
            case "四" -> DayOfWeek.THURSDAY;
            case "五" -> DayOfWeek.FRIDAY;
            case "六" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    static boolean isFestival(String name) {
        String plain = name.replaceAll("[“”\"「」『』]", "");
        if (plain.isEmpty()) {
            return false;
        }
        for (String part : plain.split("[、和及]")) {
            if (!FESTIVALS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<LocalDate> concat(List<LocalDate> a, List<LocalDate> b) {
        List<LocalDate> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
