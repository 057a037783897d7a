package io.consumerprotection.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.calendar.CalendarDayRecord;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link HolidayNotice} on the published notices 2007–2026 (test resources {@code notices/YYYY.txt}, each with
 * its source address in its first line) and the three supplementary notices ({@code notices/YYYY-supplement.txt}),
 * compared day by day with the bundled {@code CN@2026a} data, and on damaged texts.
 */
class HolidayNoticeTest {

    /**
     * The annual notices whose whole published text was found. 2008 (国办发明电〔2007〕52号) and 2009
     * (国办发明电〔2008〕42号) were not: the pages found give their festival items, but none gives the whole notice.
     */
    static final List<Integer> YEARS = List.of(2007, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020,
            2021, 2022, 2023, 2024, 2025, 2026);

    /** The years changed by a supplementary notice after their annual notice ({@code notices/YYYY-supplement.txt}). */
    static final List<Integer> SUPPLEMENTED_YEARS = List.of(2015, 2019, 2020);

    /**
     * The days where the bundled data follows a supplementary notice that changed the annual one: 国发明电〔2015〕1号
     * (victory day: 9月3日至5日调休放假，9月6日上班), 国办发明电〔2019〕3号 (劳动节 5月1日至4日放假调休，4月28日、5月5日上班),
     * 国办发明电〔2020〕1号 (春节假期延长至2月2日). Weekend days these made holidays are rest days either way.
     */
    static final Map<Integer, Set<LocalDate>> SUPPLEMENTED = Map.of(
            2015, Set.of(LocalDate.of(2015, 9, 3), LocalDate.of(2015, 9, 4), LocalDate.of(2015, 9, 6)),
            2019, Set.of(LocalDate.of(2019, 4, 28), LocalDate.of(2019, 5, 2), LocalDate.of(2019, 5, 3), LocalDate.of(2019, 5, 5)),
            2020, Set.of(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 1)));

    static String notice(int year) {
        return resource(year + "");
    }

    static String supplement(int year) {
        return resource(year + "-supplement");
    }

    /** The annual notice with its supplementary notice applied, if it has one. */
    static HolidayNotice inForce(int year) {
        HolidayNotice annual = HolidayNotice.parse(notice(year));
        return SUPPLEMENTED_YEARS.contains(year) ? annual.supplementedBy(HolidayNotice.parse(supplement(year))) : annual;
    }

    private static String resource(String name) {
        try (InputStream in = HolidayNoticeTest.class.getResourceAsStream("notices/" + name + ".txt")) {
            assertThat(in).as("notices/%s.txt", name).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("# source: http");
            return text.substring(text.indexOf('\n') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The days of a notice's year (and its listed days before it) on which it and the bundled data differ. */
    record Comparison(int year, int total, List<LocalDate> differing) {
    }

    static Comparison compare(HolidayNotice notice) {
        WorkingCalendar bundled = WorkingCalendars.bundled().get(CalendarId.CHINA_MAINLAND, "2026a");
        WorkingCalendar parsed = WorkingCalendar.of(notice.toCalendar("test"));
        int year = notice.year();
        TreeSet<LocalDate> domain = new TreeSet<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            domain.add(d);
        }
        notice.days().forEach(d -> domain.add(d.date()));
        // Days the next year's notice arranged (late December) belong to that notice, not to this one.
        domain.removeIf(d -> bundled.findListedDay(d).map(r -> r.source().contains("关于" + (year + 1) + "年")).orElse(false));
        // Past the bundled coverage (2026-10-10) nothing can be compared.
        domain.removeIf(d -> !bundled.covers(d));
        List<LocalDate> differing = new ArrayList<>();
        for (LocalDate d : domain) {
            boolean noticeWorks = parsed.covers(d) ? parsed.isWorkingDay(d) : plainWorkingDay(d);
            if (noticeWorks != bundled.isWorkingDay(d)) {
                differing.add(d);
            }
        }
        return new Comparison(year, domain.size(), differing);
    }

    private static boolean plainWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    static List<Integer> years() {
        return YEARS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void reproducesTheBundledDataDayForDay(int year) {
        HolidayNotice notice = inForce(year);

        assertThat(notice.year()).isEqualTo(year);
        assertThat(notice.kind()).isEqualTo(HolidayNotice.Kind.ANNUAL);
        assertThat(notice.citation().title()).isEqualTo("国务院办公厅关于" + year + "年部分节假日安排的通知");
        assertThat(notice.festivals()).hasSizeBetween(4, 7);
        Comparison c = compare(notice);
        assertThat(c.differing()).as("days of %d differing from CN@2026a", year).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supplementedYears")
    void withoutItsSupplementTheAnnualNoticeDiffersOnTheSupplementsDaysOnly(int year) {
        Comparison c = compare(HolidayNotice.parse(notice(year)));
        assertThat(c.differing()).containsExactlyInAnyOrderElementsOf(SUPPLEMENTED.get(year));
    }

    static List<Integer> supplementedYears() {
        return SUPPLEMENTED_YEARS;
    }

    @Test
    void agreementOverAllNotices() {
        int total = 0;
        int agreeing = 0;
        for (int year : YEARS) {
            Comparison c = compare(inForce(year));
            total += c.total();
            agreeing += c.total() - c.differing().size();
        }
        assertThat(agreeing).isEqualTo(total);
        System.out.printf("HolidayNotice: %d annual + %d supplementary notices, %d of %d days agree with CN@2026a%n",
                YEARS.size(), SUPPLEMENTED_YEARS.size(), agreeing, total);
    }

    @Test
    void readsTheThreeSupplementaryNotices() {
        HolidayNotice victory = HolidayNotice.parse(supplement(2015));
        assertThat(victory.kind()).isEqualTo(HolidayNotice.Kind.SPECIAL_HOLIDAY);
        assertThat(victory.year()).isEqualTo(2015);
        assertThat(victory.citation()).isEqualTo(new HolidayNotice.Citation(
                "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知", Optional.of("国发明电〔2015〕1号")));
        assertThat(victory.festivals()).singleElement().satisfies(f -> {
            assertThat(f.holidays()).containsExactlyElementsOf(range("2015-09-03", "2015-09-05"));
            assertThat(f.makeUpWorkdays()).containsExactly(LocalDate.of(2015, 9, 6));
        });
        HolidayNotice mayDay = HolidayNotice.parse(supplement(2019));
        assertThat(mayDay.kind()).isEqualTo(HolidayNotice.Kind.ADJUSTMENT);
        assertThat(mayDay.citation().toString()).isEqualTo("国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号）");
        assertThat(mayDay.festivals()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("劳动节");
            assertThat(f.holidays()).containsExactlyElementsOf(range("2019-05-01", "2019-05-04"));
            assertThat(f.makeUpWorkdays()).containsExactly(LocalDate.of(2019, 4, 28), LocalDate.of(2019, 5, 5));
        });
        HolidayNotice extension = HolidayNotice.parse(supplement(2020), 2020);
        assertThat(extension.kind()).isEqualTo(HolidayNotice.Kind.EXTENSION);
        assertThat(extension.festivals()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("春节");
            assertThat(f.holidays()).containsExactly(LocalDate.of(2020, 2, 2));
            assertThat(f.makeUpWorkdays()).isEmpty();
        });

        HolidayNotice spring2020 = inForce(2020);
        assertThat(spring2020.festivals().get(1).holidays()).as("the annual notice's own text").hasSize(7);
        assertThat(spring2020.days()).filteredOn(d -> d.festival().equals("春节"))
                .extracting(HolidayNotice.Day::date, HolidayNotice.Day::holiday)
                .contains(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 2, 1), true),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 1, 19), false))
                .hasSize(10 + 1);
        assertThat(spring2020.toCalendar("2020-notice").source())
                .isEqualTo("国务院办公厅关于2020年部分节假日安排的通知; changed by 国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supplementedYears")
    void readsAnAnnualNoticeFollowedByItsSupplementInOneText(int year) {
        HolidayNotice combined = HolidayNotice.parse(notice(year) + "\n" + supplement(year), year);
        assertThat(combined).isEqualTo(inForce(year));
        assertThat(combined.supplements()).hasSize(1);
        assertThat(HolidayNotice.parse(combined.toString())).isEqualTo(combined);
        assertThat(HolidayNotice.parse(HolidayNotice.parse(supplement(year)).toString())).isEqualTo(HolidayNotice.parse(supplement(year)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supplementedYears")
    void amendsCalendarDataImportedFromTheAnnualNotice(int year) {
        WorkingCalendar bundled = WorkingCalendars.bundled().get(CalendarId.CHINA_MAINLAND, "2026a");
        HolidayCalendarRecord annualOnly = HolidayNotice.parse(notice(year)).toCalendar(year + "-notice");
        HolidayCalendarRecord amended = HolidayNotice.parse(supplement(year)).amend(annualOnly, year + "-notice-2");
        WorkingCalendar rebuilt = WorkingCalendar.of(amended);
        for (LocalDate d : SUPPLEMENTED.get(year)) {
            assertThat(rebuilt.isWorkingDay(d)).as("%s", d).isEqualTo(bundled.isWorkingDay(d));
        }
        for (LocalDate d = LocalDate.of(year, 1, 1); !d.isAfter(amended.coverageEnd()); d = d.plusDays(1)) {
            assertThat(rebuilt.isWorkingDay(d)).as("%s", d).isEqualTo(bundled.isWorkingDay(d));
        }
        assertThat(amended.source()).contains("changed by");
        assertThatThrownBy(() -> HolidayNotice.parse(supplement(year)).amend(annualOnly, "2000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sort after");
    }

    @Test
    void aSupplementIsAppliedOnlyToTheAnnualNoticeOfItsYear() {
        HolidayNotice n2019 = HolidayNotice.parse(notice(2019));
        HolidayNotice mayDay = HolidayNotice.parse(supplement(2019));
        assertThatThrownBy(() -> HolidayNotice.parse(notice(2020)).supplementedBy(mayDay))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2019");
        assertThatThrownBy(() -> mayDay.supplementedBy(mayDay)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> n2019.supplementedBy(n2019)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a supplementary notice");
        assertThatThrownBy(() -> mayDay.toCalendar("x")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("supplementedBy");
        assertThatThrownBy(() -> HolidayNotice.parse(supplement(2019) + "\n" + notice(2019)))
                .isInstanceOf(HolidayNoticeException.class).hasMessageContaining("SUPPLEMENT_BEFORE_ANNUAL_NOTICE");
        String shorter = supplement(2020).replace("至2月2日（农历正月初九，星期日）", "至1月29日").replace("至2月2日(农历正月初九,星期日)", "至1月29日");
        assertThatThrownBy(() -> HolidayNotice.parse(notice(2020)).supplementedBy(HolidayNotice.parse(shorter)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not lengthen");
    }

    @Test
    void aDamagedSupplementNamesTheClause() {
        String wrongWeekday = supplement(2019).replace("5月5日(星期日)", "5月5日(星期六)");
        assertThat(violations(wrongWeekday)).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("国务院办公厅关于调整2019年劳动节假期安排的通知");
            assertThat(x.rule()).isEqualTo("WEEKDAY_MISMATCH");
            assertThat(x.message()).contains("5月5日(星期六)上班");
        });
        String weekdayMakeUp = supplement(2015).replace("9月6日(星期日)上班", "9月7日(星期一)上班");
        assertThat(violations(weekdayMakeUp)).extracting(Violation::rule).containsExactly("MAKE_UP_DAY_NOT_WEEKEND");
        String noDate = supplement(2020).replace("至2月2日(农历正月初九,星期日)", "");
        assertThat(violations(noDate)).extracting(Violation::rule).containsExactly("NO_HOLIDAY_SENTENCE");
        assertThatThrownBy(() -> HolidayNotice.parse(supplement(2019), 2020)).isInstanceOf(HolidayNoticeException.class)
                .hasMessageContaining("YEAR_MISMATCH");
    }

    @Test
    void readsTheCitationAndEveryFormOfDate() {
        HolidayNotice n2025 = HolidayNotice.parse(notice(2025));
        assertThat(n2025.festivals().get(1)).satisfies(f -> {
            assertThat(f.name()).isEqualTo("春节");
            assertThat(f.holidays()).containsExactlyElementsOf(range("2025-01-28", "2025-02-04"));
            assertThat(f.makeUpWorkdays()).containsExactly(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8));
        });
        HolidayNotice n2023 = HolidayNotice.parse(notice(2023));
        assertThat(n2023.citation().documentNumber()).contains("国办发明电〔2022〕16号");
        assertThat(n2023.festivals().get(0).holidays()).containsExactlyElementsOf(range("2022-12-31", "2023-01-02"));
        HolidayNotice n2007 = HolidayNotice.parse(notice(2007));
        assertThat(n2007.festivals().get(0).makeUpWorkdays()).containsExactly(LocalDate.of(2006, 12, 30), LocalDate.of(2006, 12, 31));
        assertThat(n2007.festivals().get(1).makeUpWorkdays()).containsExactly(LocalDate.of(2007, 2, 17), LocalDate.of(2007, 2, 25));
        HolidayNotice n2010 = HolidayNotice.parse(notice(2010));
        assertThat(n2010.citation().documentNumber()).isEmpty();
        assertThat(n2010.festivals().get(5).makeUpWorkdays()).containsExactly(LocalDate.of(2010, 9, 19), LocalDate.of(2010, 9, 25));
        HolidayNotice n2014 = HolidayNotice.parse(notice(2014));
        assertThat(n2014.festivals().get(2).holidays()).containsExactly(LocalDate.of(2014, 4, 5), LocalDate.of(2014, 4, 7));
    }

    @Test
    void readsFullWidthPunctuationAsOnGovCn() {
        String text = "国务院办公厅关于２０２６年部分节假日安排的通知\n国办发明电〔２０２５〕７号\n"
                + "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。\n"
                + "二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。\n";
        HolidayNotice n = HolidayNotice.parse(text);
        assertThat(n.citation()).isEqualTo(new HolidayNotice.Citation("国务院办公厅关于2026年部分节假日安排的通知",
                Optional.of("国办发明电〔2025〕7号")));
        assertThat(n.days()).hasSize(3 + 1 + 9 + 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void toStringIsReadBackIntoAnEqualNotice(int year) {
        HolidayNotice notice = inForce(year);
        assertThat(HolidayNotice.parse(notice.toString())).isEqualTo(notice);
    }

    @Test
    void writesACalendarFileTheLoaderReads() {
        HolidayNotice n = HolidayNotice.parse(notice(2026));
        HolidayCalendarRecord alone = n.toCalendar("2026-notice");
        assertThat(alone.coverageStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(alone.coverageEnd()).isEqualTo(LocalDate.of(2026, 10, 10));
        StringBuilder file = new StringBuilder();
        HolidayCalendarFormat.write(alone, file);
        assertThat(HolidayCalendarFormat.parse(new StringReader(file.toString()), "2026.calendar")).isEqualTo(alone);
        assertThat(alone.days()).extracting(CalendarDayRecord::date).contains(LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 5));
    }

    @Test
    void extendsTheBundledCalendar() {
        HolidayCalendarRecord base2025 = restrict(WorkingCalendars.bundled().get(CalendarId.CHINA_MAINLAND).data(),
                LocalDate.of(2025, 10, 11));
        HolidayNotice n2026 = HolidayNotice.parse(notice(2026));
        HolidayCalendarRecord extended = n2026.extend(base2025, "2026x");

        WorkingCalendar bundled = WorkingCalendars.bundled().get(CalendarId.CHINA_MAINLAND, "2026a");
        WorkingCalendar rebuilt = WorkingCalendar.of(extended);
        assertThat(extended.coverageStart()).isEqualTo(bundled.coverageStart());
        assertThat(extended.coverageEnd()).isEqualTo(bundled.coverageEnd());
        List<LocalDate> differing = IntStream.rangeClosed(0, (int) (bundled.coverageEnd().toEpochDay() - bundled.coverageStart().toEpochDay()))
                .mapToObj(i -> bundled.coverageStart().plusDays(i))
                .filter(d -> rebuilt.isWorkingDay(d) != bundled.isWorkingDay(d)).toList();
        assertThat(differing).isEmpty();
        assertThatThrownBy(() -> n2026.extend(restrict(bundled.data(), LocalDate.of(2024, 10, 7)), "2026x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025");
        assertThatThrownBy(() -> n2026.extend(base2025, "2025"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sort after");
    }

    /** The base calendar cut at the end of {@code lastDay}, as it was before the next notice. */
    private static HolidayCalendarRecord restrict(HolidayCalendarRecord base, LocalDate lastDay) {
        return new HolidayCalendarRecord(base.calendarId(), "2025z", base.name(), base.weekend(), base.coverageStart(), lastDay,
                base.source(), base.days().stream().filter(d -> !d.date().isAfter(lastDay)).toList());
    }

    // ---- damaged texts -------------------------------------------------------------------------------------

    private static final String TITLE = "国务院办公厅关于2021年部分节假日安排的通知\n";

    private static List<Violation> violations(String text) {
        try {
            HolidayNotice.parse(text);
        } catch (HolidayNoticeException e) {
            assertThat(e.code()).isEqualTo(HolidayNoticeException.INVALID);
            assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("at io.");
            return e.violations();
        }
        throw new AssertionError("no HolidayNoticeException for: " + text);
    }

    @Test
    void aMissingDayCharacterNamesTheSentence() {
        List<Violation> v = violations(TITLE + "一、元旦：2021年1月1至3日放假，共3天。\n");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("一、元旦");
            assertThat(x.rule()).isEqualTo("MALFORMED_DATE");
            assertThat(x.message()).contains("2021年1月1至3日放假");
        });
    }

    @Test
    void anImpossibleDateNamesTheSentence() {
        List<Violation> v = violations(TITLE + "一、元旦：2021年1月1日至3日放假，共3天。\n二、春节：2月30日至17日放假调休，共7天。\n");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("二、春节");
            assertThat(x.rule()).isEqualTo("IMPOSSIBLE_DATE");
            assertThat(x.message()).contains("2月30日至17日放假调休");
        });
    }

    @Test
    void aMakeUpDayThatIsNoWeekendDayNamesTheSentence() {
        List<Violation> v = violations(TITLE + "二、春节：2月11日至17日放假调休，共7天。2月8日、2月20日（星期六）上班。\n");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("二、春节");
            assertThat(x.rule()).isEqualTo("MAKE_UP_DAY_NOT_WEEKEND");
            assertThat(x.message()).contains("2021-02-08").contains("2月8日、2月20日（星期六）上班");
        });
    }

    @Test
    void aWrongWeekdayNamesTheSentence() {
        List<Violation> v = violations(TITLE + "二、春节：2月11日至17日放假调休，共7天。2月7日（星期六）上班。\n");
        assertThat(v).extracting(Violation::rule).containsExactly("WEEKDAY_MISMATCH");
    }

    @Test
    void anUnknownFestivalLineNamesTheSentence() {
        List<Violation> v = violations(TITLE + "一、元旦：2021年1月1日至3日放假，共3天。\n二、元宵节：2月26日放假，共1天。\n");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("二、元宵节");
            assertThat(x.rule()).isEqualTo("UNKNOWN_FESTIVAL");
            assertThat(x.message()).contains("2月26日放假");
        });
    }

    @Test
    void everyBadSentenceIsReportedAtOnce() {
        List<Violation> v = violations(TITLE + "一、元旦：2021年1月1至3日放假，共3天。\n二、春节：2月30日至17日放假调休，共7天。\n"
                + "三、植树节：3月12日放假。\n");
        assertThat(v).extracting(Violation::field).containsExactly("一、元旦", "二、春节", "三、植树节");
    }

    @Test
    void aComplaintPastedByMistakeIsNotEchoedRaw() {
        List<Violation> v = violations(TITLE + "一、客户张三来电，身份证号110101195001010009：2月8日上班。\n");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("UNKNOWN_FESTIVAL");
            assertThat(x.field() + x.message()).doesNotContain("110101195001010009").contains("1****************9");
        });
    }

    @Test
    void aTextThatIsNoNoticeSaysSo() {
        assertThat(violations("各地区、各部门要妥善安排好值班。")).extracting(Violation::rule).containsExactly("YEAR_NOT_FOUND");
        assertThat(violations(TITLE + "节假日期间，各地区、各部门要妥善安排好值班。")).extracting(Violation::rule)
                .containsExactly("NO_FESTIVAL_ITEMS");
        assertThatThrownBy(() -> HolidayNotice.parse(notice(2026), 2027)).isInstanceOf(HolidayNoticeException.class)
                .hasMessageContaining("YEAR_MISMATCH");
    }

    private static List<LocalDate> range(String from, String to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }
}
