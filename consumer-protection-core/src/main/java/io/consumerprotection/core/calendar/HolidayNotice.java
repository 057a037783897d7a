package io.consumerprotection.core.calendar;

import io.consumerprotection.core.internal.calendar.NoticeReader;
import io.consumerprotection.core.internal.calendar.SupplementReader;
import io.consumerprotection.core.privacy.NarrativeScrubber;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.calendar.CalendarDayRecord;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

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
 * ({@code 2022年12月31日至2023年1月2日}).
 *
 * <p>It also reads the supplementary notices that changed an annual notice after it was published (see {@link Kind}):
 * the 2015 victory-day holiday (国发明电〔2015〕1号), the 2019 May Day change (国办发明电〔2019〕3号) and the 2020
 * Spring Festival extension (国办发明电〔2020〕1号). {@link #supplementedBy(HolidayNotice)} applies one to the year's
 * annual notice; {@link #parse(String)} does the same for a text holding the annual notice followed by its
 * supplementary notices (each starting with its title line); {@link #amend(HolidayCalendarRecord, String)} applies
 * one to calendar data already loaded (the year's annual notice imported earlier).
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

    /** What a notice does. */
    public enum Kind {
        /** The annual notice (国务院办公厅关于YYYY年部分节假日安排的通知): every festival of the year. */
        ANNUAL,
        /** A one-off holiday the annual notice does not have (国务院关于…调休放假的通知), added with its make-up days. */
        SPECIAL_HOLIDAY,
        /** A change of one festival (国务院办公厅关于调整YYYY年…假期安排的通知): its days replace the annual notice's. */
        ADJUSTMENT,
        /**
         * A longer break for one festival (国务院办公厅关于延长YYYY年…假期的通知): the break runs from its first day to the
         * one new last day ({@link Festival#holidays()} holds that day alone), and a make-up day inside it is a holiday.
         */
        EXTENSION;

        /** Whether this kind changes an annual notice. */
        public boolean isSupplementary() {
            return this != ANNUAL;
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

    /** A festival in force and the citation of the notice that set it. */
    private record Source(Festival festival, String citation) {
    }

    private static final NarrativeScrubber SCRUBBER = NarrativeScrubber.standard();

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final Kind kind;
    private final int year;
    private final Citation citation;
    private final List<Festival> festivals;
    private final List<HolidayNotice> supplements;

    private HolidayNotice(Kind kind, int year, Citation citation, List<Festival> festivals, List<HolidayNotice> supplements) {
        this.kind = kind;
        this.year = year;
        this.citation = citation;
        this.festivals = List.copyOf(festivals);
        this.supplements = List.copyOf(supplements);
    }

    /**
     * Reads a notice from its text; the year is taken from the title ({@code 关于2027年部分节假日安排的通知}) or
     * from {@code 现将2027年…}. The text may be a supplementary notice ({@link #kind()}), or an annual notice followed
     * by the year's supplementary notices, each starting with its title line (国务院…关于…): the result is then the
     * annual notice {@linkplain #supplementedBy(HolidayNotice) supplemented by} them, in their order.
     *
     * @throws HolidayNoticeException naming every sentence that could not be read
     */
    public static HolidayNotice parse(String text) {
        return read(text, 0);
    }

    /**
     * Reads the notice (or the annual notice and its supplementary notices, as {@link #parse(String)}) for
     * {@code year}; the text may omit its title, and must not state another year.
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
        List<String> parts = split(text);
        if (parts.size() <= 1) {
            return readOne(text, year);
        }
        HolidayNotice annual = readOne(parts.get(0), year);
        if (annual.kind.isSupplementary()) {
            throw new HolidayNoticeException("the holiday notice text cannot be read", List.of(Violation.of("title",
                    "SUPPLEMENT_BEFORE_ANNUAL_NOTICE", "the text holds several notices and the first, '" + annual.citation.title()
                            + "', is not the annual notice: put the annual notice first, then its supplementary notices")));
        }
        List<Violation> violations = new ArrayList<>();
        HolidayNotice result = annual;
        for (String part : parts.subList(1, parts.size())) {
            HolidayNotice s = readOne(part, annual.year);
            try {
                result = result.supplementedBy(s);
            } catch (IllegalArgumentException e) {
                violations.add(Violation.of(s.citation.title(), "SUPPLEMENT_NOT_APPLICABLE", String.valueOf(e.getMessage())));
            }
        }
        if (!violations.isEmpty()) {
            throw new HolidayNoticeException("the holiday notice text cannot be read", violations);
        }
        return result;
    }

    /** The text cut before every title line of a notice (a line that starts with 国务院 and says 关于). */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String t = line.strip().replace("\u3000", "");
            if (t.startsWith("国务院") && t.contains("关于") && !b.toString().isBlank()) {
                parts.add(b.toString());
                b.setLength(0);
            }
            b.append(line).append('\n');
        }
        if (!b.toString().isBlank()) {
            parts.add(b.toString());
        }
        return parts;
    }

    private static HolidayNotice readOne(String text, int year) {
        if (SupplementReader.isSupplementary(text)) {
            SupplementReader.Result r = SupplementReader.read(text, year);
            fail(r.violations());
            Festival f = new Festival(r.festival(), r.holidays(), r.makeUpWorkdays(), r.text());
            return new HolidayNotice(Kind.valueOf(r.kind()), r.year(), citation(r.title(), r.documentNumber()), List.of(f),
                    List.of());
        }
        NoticeReader.Result r = NoticeReader.read(text, year);
        fail(r.violations());
        List<Festival> festivals = new ArrayList<>();
        for (NoticeReader.Item item : r.items()) {
            festivals.add(new Festival(item.name(), item.holidays(), item.makeUpWorkdays(), item.text()));
        }
        return new HolidayNotice(Kind.ANNUAL, r.year(), citation(r.title(), r.documentNumber()), festivals, List.of());
    }

    private static Citation citation(String title, String number) {
        return new Citation(title, number.isEmpty() ? Optional.empty() : Optional.of(number));
    }

    private static void fail(List<Violation> violations) {
        if (!violations.isEmpty()) {
            // The sentence is quoted so the operator sees what to fix; a text pasted by mistake (a complaint, say)
            // still never comes back with a raw identifier or name in it.
            List<Violation> scrubbed = new ArrayList<>();
            for (Violation v : violations) {
                scrubbed.add(Violation.of(SCRUBBER.scrub(v.field()).text(), v.rule(), SCRUBBER.scrub(v.message()).text()));
            }
            throw new HolidayNoticeException("the holiday notice text cannot be read", scrubbed);
        }
    }

    /**
     * This annual notice with a supplementary notice of the same year applied after the ones already applied: a
     * {@link Kind#SPECIAL_HOLIDAY} adds its festival, an {@link Kind#ADJUSTMENT} replaces the days of the festival it
     * names (or adds them, when the annual notice has none), an {@link Kind#EXTENSION} lengthens the named festival's
     * break. Where two notices list the same day, the later one decides.
     *
     * @throws IllegalArgumentException when this is not an annual notice, {@code supplementary} is not supplementary
     *                                  or is for another year, or an extension names a festival this notice lacks or
     *                                  a last day that does not lengthen the break
     */
    public HolidayNotice supplementedBy(HolidayNotice supplementary) {
        Objects.requireNonNull(supplementary, "supplementary");
        if (kind.isSupplementary()) {
            throw new IllegalArgumentException("'" + citation.title() + "' is itself a supplementary notice; apply '"
                    + supplementary.citation.title() + "' to the annual notice for " + year);
        }
        if (!supplementary.kind.isSupplementary() || !supplementary.supplements.isEmpty()) {
            throw new IllegalArgumentException("supplementary ('" + supplementary.citation.title()
                    + "') is not a supplementary notice");
        }
        if (supplementary.year != year) {
            throw new IllegalArgumentException("supplementary ('" + supplementary.citation.title() + "') is for "
                    + supplementary.year + ", not for " + year);
        }
        List<HolidayNotice> all = new ArrayList<>(supplements);
        all.add(supplementary);
        HolidayNotice result = new HolidayNotice(kind, year, citation, festivals, all);
        result.effective(); // refuses an extension that cannot apply, now rather than later
        return result;
    }

    /**
     * A supplementary notice applied to calendar data already loaded, such as the file written from the year's
     * annual notice: the base's days of the named festival in this notice's year are changed as
     * {@link #supplementedBy(HolidayNotice)} would change the annual notice's, every other day is kept. The coverage
     * end is the later of the base's and this notice's last day.
     *
     * @param base    the calendar to amend; it must cover this notice's year
     * @param version the data version to give the result; it must sort after the base's version
     * @throws IllegalStateException    when this is an annual notice (use {@link #extend})
     * @throws IllegalArgumentException when the base does not reach this notice's year, the version does not sort
     *                                  after the base's, or an extension names a festival the base lacks that year
     */
    public HolidayCalendarRecord amend(HolidayCalendarRecord base, String version) {
        Objects.requireNonNull(base, "base");
        requireVersion(version);
        if (!kind.isSupplementary()) {
            throw new IllegalStateException("'" + citation.title() + "' is an annual notice: continue a calendar with extend");
        }
        if (base.coverageEnd().getYear() < year || base.coverageStart().getYear() > year) {
            throw new IllegalArgumentException("base (" + base.key() + ") does not cover " + year + ": import the annual "
                    + "notice for " + year + " first");
        }
        if (version.compareTo(base.version()) <= 0) {
            throw new IllegalArgumentException("version (" + version + ") does not sort after the base's " + base.version());
        }
        Festival change = festivals.get(0);
        // the base's festival of that name in the year, rebuilt as a festival the change can apply to
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> makeUps = new ArrayList<>();
        String name = change.name();
        List<CalendarDayRecord> kept = new ArrayList<>();
        for (CalendarDayRecord d : base.days()) {
            boolean inYear = d.date().getYear() == year || d.date().getYear() == year - 1 && d.date().getMonthValue() == 12;
            if (kind != Kind.SPECIAL_HOLIDAY && inYear && sameFestival(d.name(), change.name())) {
                name = d.name();
                (CalendarDayRecord.HOLIDAY.equals(d.kind()) ? holidays : makeUps).add(d.date());
            } else {
                kept.add(d);
            }
        }
        List<Source> sources = new ArrayList<>();
        if (!holidays.isEmpty() || !makeUps.isEmpty()) {
            sources.add(new Source(new Festival(name, holidays.stream().sorted().toList(), makeUps.stream().sorted().toList(),
                    ""), base.source()));
        }
        apply(sources, this);
        Map<LocalDate, CalendarDayRecord> days = new TreeMap<>();
        kept.forEach(d -> days.put(d.date(), d));
        for (Day d : days(sources)) {
            days.put(d.date(), new CalendarDayRecord(d.date(), d.holiday() ? CalendarDayRecord.HOLIDAY : CalendarDayRecord.WORKDAY,
                    d.festival(), citation.toString()));
        }
        LocalDate end = base.coverageEnd().isAfter(lastDay()) ? base.coverageEnd() : lastDay();
        return new HolidayCalendarRecord(base.calendarId(), version, base.name(), base.weekend(), base.coverageStart(), end,
                base.source() + "; changed by " + citation, List.copyOf(days.values()));
    }

    private List<Source> effective() {
        List<Source> sources = new ArrayList<>();
        for (Festival f : festivals) {
            sources.add(new Source(f, citation.toString()));
        }
        for (HolidayNotice s : supplements) {
            apply(sources, s);
        }
        return sources;
    }

    private static void apply(List<Source> sources, HolidayNotice s) {
        Festival change = s.festivals.get(0);
        String cite = s.citation.toString();
        int at = -1;
        for (int i = 0; i < sources.size(); i++) {
            if (sameFestival(sources.get(i).festival().name(), change.name())) {
                at = i;
            }
        }
        switch (s.kind) {
            case SPECIAL_HOLIDAY -> sources.add(new Source(change, cite));
            case ADJUSTMENT -> {
                Source replaced = new Source(change, cite);
                if (at < 0) {
                    sources.add(replaced);
                } else {
                    sources.set(at, replaced);
                }
            }
            case EXTENSION -> {
                if (at < 0) {
                    throw new IllegalArgumentException("'" + s.citation.title() + "' extends " + change.name()
                            + ", which the annual notice for " + s.year + " does not arrange");
                }
                Festival old = sources.get(at).festival();
                LocalDate first = old.holidays().isEmpty() ? change.holidays().get(0) : old.holidays().get(0);
                LocalDate last = change.holidays().get(change.holidays().size() - 1);
                if (!old.holidays().isEmpty() && !last.isAfter(old.holidays().get(old.holidays().size() - 1))) {
                    throw new IllegalArgumentException("'" + s.citation.title() + "' extends " + change.name() + " to " + last
                            + ", which does not lengthen the break ending on " + old.holidays().get(old.holidays().size() - 1));
                }
                List<LocalDate> holidays = new ArrayList<>(old.holidays());
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    if (!holidays.contains(d)) {
                        holidays.add(d);
                    }
                }
                holidays.sort(null);
                List<LocalDate> makeUps = old.makeUpWorkdays().stream().filter(d -> d.isBefore(first) || d.isAfter(last)).toList();
                sources.set(at, new Source(new Festival(old.name(), holidays, makeUps, old.sentence() + change.sentence()), cite));
            }
            default -> throw new IllegalArgumentException("'" + s.citation.title() + "' is an annual notice");
        }
    }

    /** Whether two festival names of notices name the same festival ({@code “五一”} and {@code 劳动节}, say). */
    private static boolean sameFestival(String a, String b) {
        for (String x : parts(a)) {
            for (String y : parts(b)) {
                if (x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> parts(String name) {
        List<String> out = new ArrayList<>();
        for (String p : name.replaceAll("[“”\"「」『』]", "").split("[、和及]")) {
            out.add(switch (p) {
                case "五一", "国际劳动节", "五一国际劳动节", "五一劳动节" -> "劳动节";
                case "清明" -> "清明节";
                case "端午" -> "端午节";
                case "中秋" -> "中秋节";
                case "国庆", "十一" -> "国庆节";
                default -> p;
            });
        }
        return out;
    }

    /** What this notice does. */
    public Kind kind() {
        return kind;
    }

    /** The supplementary notices applied to this annual notice, in order; empty for most years. */
    public List<HolidayNotice> supplements() {
        return supplements;
    }

    /** The year the notice arranges. */
    public int year() {
        return year;
    }

    /** The notice's title and document number. */
    public Citation citation() {
        return citation;
    }

    /** The festivals as this notice's own text gives them, in its order (without its supplements). */
    public List<Festival> festivals() {
        return festivals;
    }

    /**
     * Every listed day, holidays and make-up working days, sorted by date, as in force: with the
     * {@linkplain #supplements() supplementary notices} applied.
     */
    public List<Day> days() {
        return days(effective());
    }

    private static List<Day> days(List<Source> sources) {
        Map<LocalDate, Day> days = new TreeMap<>();
        for (Source s : sources) {
            Festival f = s.festival();
            f.holidays().forEach(d -> days.put(d, new Day(d, true, f.name())));
            f.makeUpWorkdays().forEach(d -> days.put(d, new Day(d, false, f.name())));
        }
        return List.copyOf(days.values());
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
        requireAnnual();
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate start = firstDay().isBefore(jan1) ? firstDay() : jan1;
        return new HolidayCalendarRecord(CalendarId.CHINA_MAINLAND.toString(), version, name(),
                HolidayCalendarRecord.saturdayAndSunday(), start, lastDay(), fullCitation(), records());
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
        requireAnnual();
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
        String source = base.source() + "; continued by " + fullCitation();
        return new HolidayCalendarRecord(base.calendarId(), version, base.name(), base.weekend(), base.coverageStart(),
                lastDay(), source, days);
    }

    private List<CalendarDayRecord> records() {
        Map<LocalDate, CalendarDayRecord> records = new TreeMap<>();
        for (Source s : effective()) {
            Festival f = s.festival();
            f.holidays().forEach(d -> records.put(d, new CalendarDayRecord(d, CalendarDayRecord.HOLIDAY, f.name(), s.citation())));
            f.makeUpWorkdays().forEach(d -> records.put(d, new CalendarDayRecord(d, CalendarDayRecord.WORKDAY, f.name(),
                    s.citation())));
        }
        return List.copyOf(records.values());
    }

    /** The citation, then the supplementary notices that changed it. */
    private String fullCitation() {
        StringBuilder b = new StringBuilder(citation.toString());
        for (HolidayNotice s : supplements) {
            b.append("; changed by ").append(s.citation);
        }
        return b.toString();
    }

    private void requireAnnual() {
        if (kind.isSupplementary()) {
            throw new IllegalStateException("'" + citation.title() + "' is a supplementary notice: apply it to the annual notice "
                    + "for " + year + " with supplementedBy, or to calendar data with amend");
        }
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
        return o instanceof HolidayNotice n && kind == n.kind && year == n.year && citation.equals(n.citation)
                && festivalDays().equals(n.festivalDays()) && supplements.equals(n.supplements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, year, citation, festivalDays(), supplements);
    }

    private List<Day> festivalDays() {
        return days(festivals.stream().map(f -> new Source(f, "")).toList());
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
        if (kind.isSupplementary()) {
            Festival f = festivals.get(0);
            if (kind == Kind.EXTENSION) {
                b.append("延长").append(year).append("年").append(f.name()).append("假期至").append(full(f.holidays().get(0)))
                        .append("。\n");
                return b.toString();
            }
            runs(b, f.holidays(), "放假");
            b.append('。');
            makeUps(b, f);
            return b.append('\n').toString();
        }
        for (int i = 0; i < festivals.size(); i++) {
            Festival f = festivals.get(i);
            b.append(i < NUMERALS.length ? NUMERALS[i] : "十" + NUMERALS[i - 10]).append('、').append(f.name()).append('：');
            runs(b, f.holidays(), "放假", "补休");
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
        supplements.forEach(s -> b.append(s));
        return b.toString();
    }

    private static void runs(StringBuilder b, List<LocalDate> h, String word) {
        runs(b, h, word, word);
    }

    /** The days as runs of consecutive dates, the first followed by {@code first}, the others by {@code later}. */
    private static void runs(StringBuilder b, List<LocalDate> h, String first, String later) {
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
            b.append(k == 0 ? first : later);
            k = j + 1;
        }
    }

    private static void makeUps(StringBuilder b, Festival f) {
        for (int m = 0; m < f.makeUpWorkdays().size(); m++) {
            LocalDate d = f.makeUpWorkdays().get(m);
            b.append(m == 0 ? "" : "、").append(full(d)).append('（')
                    .append(d.getDayOfWeek() == DayOfWeek.SATURDAY ? "星期六" : "星期日").append('）');
        }
        if (!f.makeUpWorkdays().isEmpty()) {
            b.append("上班。");
        }
    }

    private static String full(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
