package io.consumerprotection.core.calendar;

import io.consumerprotection.core.internal.calendar.NoticeReader;
import io.consumerprotection.core.privacy.NarrativeScrubber;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.calendar.CalendarDayRecord;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A State Council General Office holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知) as published: its
 * year, its citation and, for each festival, the holiday days and the make-up working days (调休上班日). Read
 * with {@link #parse(String)} from the notice's own text, then turned into the calendar data the SDK loads
 * with {@link #toCalendar(String)} or {@link #extend(HolidayCalendarRecord, String)}.
 *
 * <p>The reader understands the wording of the notices 2007–2026: {@code 一、元旦：1月1日（周五）至3日（周日）放假，
 * 共3天。1月4日（周日）上班。}, the older {@code 星期} and {@code 放假调休} / {@code 放假公休}, {@code 补休} days,
 * several make-up days per festival ({@code 1月26日（周日）、2月8日（周六）上班}), days written without their
 * month ({@code 2月20日（星期六）、21日（星期日）}) and late-December days of the previous year
 * ({@code 2022年12月31日至2023年1月2日}). Supplementary notices (the 2015 victory-day holiday, the 2019 May Day
 * change, the 2020 Spring Festival extension) are not annual notices and are not read.
 *
 * <p>Holiday days are every day of each announced break, weekend days included; make-up working days must be
 * Saturdays or Sundays. {@link #toString()} gives a canonical notice text that {@link #parse} reads back into
 * an equal notice.
 */
public final class HolidayNotice {

    /** The citation of a notice: its title and, when the text gives it, its document number (国办发明电〔YYYY〕N号). */
    public record Citation(String title, Optional<String> documentNumber) {

        /** Creates the citation. */
        public Citation {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(documentNumber, "documentNumber");
        }

        /** The title, then the document number in brackets when known. */
        @Override
        public String toString() {
            return documentNumber.map(n -> title + "（" + n + "）").orElse(title);
        }
    }

    /**
     * One festival of a notice.
     *
     * @param name           the festival as the notice names it ({@code 元旦}, {@code 中秋节、国庆节}, {@code “五一”})
     * @param holidays       every day of the break, sorted
     * @param makeUpWorkdays the weekend days that are working days, sorted; may be empty
     * @param sentence       the item's text as read, without spaces
     */
    public record Festival(String name, List<LocalDate> holidays, List<LocalDate> makeUpWorkdays, String sentence) {

        /** Creates the festival. */
        public Festival {
            Objects.requireNonNull(name, "name");
            holidays = List.copyOf(holidays);
            makeUpWorkdays = List.copyOf(makeUpWorkdays);
            Objects.requireNonNull(sentence, "sentence");
        }
    }

    /** One listed day of a notice: a holiday or a make-up working day, with its festival. */
    public record Day(LocalDate date, boolean holiday, String festival) {
    }

    private static final NarrativeScrubber SCRUBBER = NarrativeScrubber.standard();

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final int year;
    private final Citation citation;
    private final List<Festival> festivals;

    private HolidayNotice(int year, Citation citation, List<Festival> festivals) {
        this.year = year;
        this.citation = citation;
        this.festivals = List.copyOf(festivals);
    }

    /**
     * Reads a notice from its text; the year is taken from the title ({@code 关于2027年部分节假日安排的通知}) or
     * from {@code 现将2027年…}.
     *
     * @throws HolidayNoticeException naming every sentence that could not be read
     */
    public static HolidayNotice parse(String text) {
        return read(text, 0);
    }

    /**
     * Reads the notice for {@code year}; the text may omit its title, and must not state another year.
     *
     * @throws HolidayNoticeException naming every sentence that could not be read
     */
    public static HolidayNotice parse(String text, int year) {
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("year (" + year + ") is not between 2000 and 2999");
        }
        return read(text, year);
    }

    private static HolidayNotice read(String text, int year) {
        Objects.requireNonNull(text, "text");
        NoticeReader.Result r = NoticeReader.read(text, year);
        if (!r.violations().isEmpty()) {
            // The sentence is quoted so the operator sees what to fix; a text pasted by mistake (a complaint, say)
            // still never comes back with a raw identifier or name in it.
            List<Violation> scrubbed = new ArrayList<>();
            for (Violation v : r.violations()) {
                scrubbed.add(Violation.of(SCRUBBER.scrub(v.field()).text(), v.rule(), SCRUBBER.scrub(v.message()).text()));
            }
            throw new HolidayNoticeException("the holiday notice text cannot be read", scrubbed);
        }
        List<Festival> festivals = new ArrayList<>();
        for (NoticeReader.Item item : r.items()) {
            festivals.add(new Festival(item.name(), item.holidays(), item.makeUpWorkdays(), item.text()));
        }
        Citation citation = new Citation(r.title(), r.documentNumber().isEmpty() ? Optional.empty() : Optional.of(r.documentNumber()));
        return new HolidayNotice(r.year(), citation, festivals);
    }

    /** The year the notice arranges. */
    public int year() {
        return year;
    }

    /** The notice's title and document number. */
    public Citation citation() {
        return citation;
    }

    /** The festivals in the notice's order. */
    public List<Festival> festivals() {
        return festivals;
    }

    /** Every listed day, holidays and make-up working days, sorted by date. */
    public List<Day> days() {
        List<Day> days = new ArrayList<>();
        for (Festival f : festivals) {
            f.holidays().forEach(d -> days.add(new Day(d, true, f.name())));
            f.makeUpWorkdays().forEach(d -> days.add(new Day(d, false, f.name())));
        }
        days.sort(Comparator.comparing(Day::date));
        return List.copyOf(days);
    }

    /** The first listed day (it may fall in the December before the notice's year). */
    public LocalDate firstDay() {
        return days().get(0).date();
    }

    /** The last listed day. */
    public LocalDate lastDay() {
        List<Day> days = days();
        return days.get(days.size() - 1).date();
    }

    /**
     * This notice alone as China mainland calendar data ({@code CN}): every day of every break listed as a
     * holiday, every make-up day as a working day. The coverage runs from the first listed day (or 1 January,
     * when earlier) to the last listed day: like the bundled data, it stops there, because the next year's
     * notice may still move late-December days (as the 2008, 2012, 2019 and 2023 notices did).
     *
     * @param version the data version to give it, such as {@code 2027-notice}
     */
    public HolidayCalendarRecord toCalendar(String version) {
        requireVersion(version);
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate start = firstDay().isBefore(jan1) ? firstDay() : jan1;
        return new HolidayCalendarRecord(CalendarId.CHINA_MAINLAND.toString(), version, name(),
                HolidayCalendarRecord.saturdayAndSunday(), start, lastDay(), citation.toString(), records());
    }

    /**
     * The {@code base} calendar (such as the bundled {@code CN@2026a}) continued by this notice: the base's
     * days before this notice's first day, then this notice's days; the days between the base's coverage end
     * and this notice's first day are ordinary days, as the previous notice left them. The coverage runs from
     * the base's start to this notice's last listed day.
     *
     * @param base    the calendar to continue; it must cover the year before this notice (its coverage end is in
     *                that year or later) and use Saturday and Sunday as its weekend
     * @param version the data version to give the result; it must sort after the base's version
     * @throws IllegalArgumentException when the base leaves a year uncovered, or the version does not sort after it
     */
    public HolidayCalendarRecord extend(HolidayCalendarRecord base, String version) {
        Objects.requireNonNull(base, "base");
        requireVersion(version);
        if (base.coverageEnd().getYear() < year - 1) {
            throw new IllegalArgumentException("base (" + base.key() + ") ends on " + base.coverageEnd()
                    + ": the notice for " + (year - 1) + " is missing before the one for " + year);
        }
        if (base.coverageStart().isAfter(firstDay())) {
            throw new IllegalArgumentException("base (" + base.key() + ") starts after this notice's first day " + firstDay());
        }
        if (!base.weekend().equals(HolidayCalendarRecord.saturdayAndSunday())) {
            throw new IllegalArgumentException("base (" + base.key() + ") does not rest on Saturday and Sunday");
        }
        if (version.compareTo(base.version()) <= 0) {
            throw new IllegalArgumentException("version (" + version + ") does not sort after the base's " + base.version());
        }
        LocalDate first = firstDay();
        List<CalendarDayRecord> days = new ArrayList<>();
        for (CalendarDayRecord d : base.days()) {
            if (d.date().isBefore(first)) {
                days.add(d);
            }
        }
        days.addAll(records());
        String source = base.source() + "; continued by " + citation;
        return new HolidayCalendarRecord(base.calendarId(), version, base.name(), base.weekend(), base.coverageStart(),
                lastDay(), source, days);
    }

    private List<CalendarDayRecord> records() {
        String source = citation.toString();
        List<CalendarDayRecord> records = new ArrayList<>();
        for (Day d : days()) {
            records.add(new CalendarDayRecord(d.date(), d.holiday() ? CalendarDayRecord.HOLIDAY : CalendarDayRecord.WORKDAY,
                    d.festival(), source));
        }
        return records;
    }

    private String name() {
        return "China mainland (中国大陆) statutory holidays and make-up working days " + year;
    }

    private static void requireVersion(String version) {
        Objects.requireNonNull(version, "version");
        if (version.isBlank() || version.indexOf('\t') >= 0 || version.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("version must be a non-blank word without TAB or line break");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HolidayNotice n && year == n.year && citation.equals(n.citation)
                && days().equals(n.days());
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, citation, days());
    }

    /**
     * A canonical notice text: the title, the document number when known, and one line per festival with
     * every date in full ({@code 一、元旦：2027年1月1日至2027年1月3日放假。2027年1月4日（星期一）上班。}), which
     * {@link #parse} reads back into an equal notice.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(citation.title()).append('\n');
        citation.documentNumber().ifPresent(n -> b.append(n).append('\n'));
        for (int i = 0; i < festivals.size(); i++) {
            Festival f = festivals.get(i);
            b.append(i < NUMERALS.length ? NUMERALS[i] : "十" + NUMERALS[i - 10]).append('、').append(f.name()).append('：');
            List<LocalDate> h = f.holidays();
            int k = 0;
            while (k < h.size()) {
                int j = k;
                while (j + 1 < h.size() && h.get(j + 1).equals(h.get(j).plusDays(1))) {
                    j++;
                }
                b.append(k == 0 ? "" : "，").append(full(h.get(k)));
                if (j > k) {
                    b.append('至').append(full(h.get(j)));
                }
                b.append(k == 0 ? "放假" : "补休");
                k = j + 1;
            }
            b.append('。');
            for (int m = 0; m < f.makeUpWorkdays().size(); m++) {
                LocalDate d = f.makeUpWorkdays().get(m);
                b.append(m == 0 ? "" : "、").append(full(d)).append('（')
                        .append(d.getDayOfWeek() == DayOfWeek.SATURDAY ? "星期六" : "星期日").append('）');
            }
            if (!f.makeUpWorkdays().isEmpty()) {
                b.append("上班。");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String full(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
