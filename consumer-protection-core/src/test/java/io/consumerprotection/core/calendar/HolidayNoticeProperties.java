package io.consumerprotection.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link HolidayNotice} on generated notices in the published wording: every break and make-up day written is
 * read back exactly, whatever the year, the weekday notes and the month left out of a range's end; and
 * {@code parse(toString())} gives an equal notice. A generated supplementary notice of each kind (a new holiday, an
 * adjusted festival, an extended break) applied to a generated annual notice gives the days of a simple model: the
 * festivals in order, the one changed replaced or lengthened (its make-up days inside the longer break dropped), a
 * new one appended, a later festival deciding a day listed twice.
 */
class HolidayNoticeProperties {

    private static final String[] FESTIVALS = {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"};
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七"};
    private static final String[] WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};

    @Property(tries = 300)
    void readsBackWhatItWasWritten(@ForAll @IntRange(min = 2030, max = 2099) int year,
                                   @ForAll @IntRange(min = 1, max = 7) int festivals,
                                   @ForAll @IntRange(min = 0, max = 1_000_000) int seed,
                                   @ForAll boolean shortWeekday) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder text = new StringBuilder("国务院办公厅关于" + year + "年部分节假日安排的通知\n");
        TreeMap<LocalDate, Boolean> expected = new TreeMap<>();
        for (int i = 0; i < festivals; i++) {
            // festival i lives in month 1 + 1.5 i .. so breaks and their make-up days never meet
            LocalDate start = LocalDate.of(year, 1 + (i * 3) / 2, 3 + random.nextInt(12));
            int length = 1 + random.nextInt(8);
            LocalDate end = start.plusDays(length - 1);
            text.append(NUMERALS[i]).append('、').append(FESTIVALS[i]).append('：').append(md(start)).append(note(start, shortWeekday));
            if (length > 1) {
                text.append('至').append(end.getMonth() == start.getMonth() ? end.getDayOfMonth() + "日" : md(end))
                        .append(note(end, shortWeekday));
            }
            text.append("放假调休，共").append(length).append("天。");
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                expected.put(d, true);
            }
            List<LocalDate> makeUps = new ArrayList<>();
            LocalDate before = previousWeekendDay(start.minusDays(1 + random.nextInt(4)));
            LocalDate after = nextWeekendDay(end.plusDays(1 + random.nextInt(4)));
            // a notice lists a day once: a make-up day an earlier festival already took is not drawn (the 清明 break's
            // last make-up Sunday can be the 劳动节 break's first)
            if (random.nextBoolean() && !expected.containsKey(before)) {
                makeUps.add(before);
            }
            if (random.nextBoolean()) {
                makeUps.add(after);
            }
            for (int m = 0; m < makeUps.size(); m++) {
                LocalDate d = makeUps.get(m);
                text.append(m == 0 ? "" : "、").append(md(d)).append(note(d, shortWeekday));
                expected.put(d, false);
            }
            text.append(makeUps.isEmpty() ? "" : "上班。").append('\n');
        }
        text.append("节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。\n国务院办公厅\n").append(year - 1).append("年11月4日\n");

        HolidayNotice notice = HolidayNotice.parse(text.toString());

        TreeMap<LocalDate, Boolean> read = new TreeMap<>();
        notice.days().forEach(d -> read.put(d.date(), d.holiday()));
        assertThat(read).isEqualTo(expected);
        assertThat(notice.festivals()).hasSize(festivals);
        assertThat(HolidayNotice.parse(notice.toString())).isEqualTo(notice);
    }

    /** A generated annual notice: its text and each festival's days (true: holiday, false: make-up day). */
    private record Annual(String text, List<TreeMap<LocalDate, Boolean>> festivals) {
    }

    private static Annual annual(int year, int festivals, java.util.Random random, boolean shortWeekday) {
        StringBuilder text = new StringBuilder("国务院办公厅关于" + year + "年部分节假日安排的通知\n");
        List<TreeMap<LocalDate, Boolean>> days = new ArrayList<>();
        for (int i = 0; i < festivals; i++) {
            TreeMap<LocalDate, Boolean> f = new TreeMap<>();
            LocalDate start = LocalDate.of(year, 1 + (i * 3) / 2, 3 + random.nextInt(12));
            LocalDate end = start.plusDays(random.nextInt(8));
            text.append(NUMERALS[i]).append('、').append(FESTIVALS[i]).append('：');
            range(text, start, end, shortWeekday, f);
            text.append("放假调休。");
            LocalDate before = previousWeekendDay(start.minusDays(1 + random.nextInt(4)));
            LocalDate after = nextWeekendDay(end.plusDays(1 + random.nextInt(4)));
            // a notice lists a day once: a make-up day an earlier festival already took is not a candidate
            makeUps(text, days.stream().anyMatch(earlier -> earlier.containsKey(before)) ? List.of(after) : List.of(before, after),
                    random, shortWeekday, f);
            text.append('\n');
            days.add(f);
        }
        text.append("节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。\n国务院办公厅\n");
        return new Annual(text.toString(), days);
    }

    private static void range(StringBuilder text, LocalDate start, LocalDate end, boolean shortWeekday,
                              TreeMap<LocalDate, Boolean> days) {
        text.append(start.getYear()).append('年').append(md(start)).append(note(start, shortWeekday));
        if (end.isAfter(start)) {
            text.append('至').append(end.getMonth() == start.getMonth() ? end.getDayOfMonth() + "日" : md(end))
                    .append(note(end, shortWeekday));
        }
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            days.put(d, true);
        }
    }

    private static void makeUps(StringBuilder text, List<LocalDate> candidates, java.util.Random random,
                                boolean shortWeekday, TreeMap<LocalDate, Boolean> days) {
        List<LocalDate> chosen = new ArrayList<>();
        for (LocalDate d : candidates) {
            if (random.nextBoolean() && !days.containsKey(d)) {
                chosen.add(d);
            }
        }
        for (int m = 0; m < chosen.size(); m++) {
            text.append(m == 0 ? "" : "、").append(md(chosen.get(m))).append(note(chosen.get(m), shortWeekday));
            days.put(chosen.get(m), false);
        }
        text.append(chosen.isEmpty() ? "" : "上班。");
    }

    @Property(tries = 300)
    void aSupplementaryNoticeChangesTheAnnualNoticeAsTheModelSays(
            @ForAll @IntRange(min = 2030, max = 2099) int year, @ForAll @IntRange(min = 1, max = 7) int festivals,
            @ForAll @IntRange(min = 0, max = 2) int kind, @ForAll @IntRange(min = 0, max = 1_000_000) int seed,
            @ForAll boolean shortWeekday) {
        java.util.Random random = new java.util.Random(seed);
        Annual annual = annual(year, festivals, random, shortWeekday);
        List<TreeMap<LocalDate, Boolean>> model = new ArrayList<>();
        annual.festivals().forEach(f -> model.add(new TreeMap<>(f)));
        int target = random.nextInt(festivals);
        TreeMap<LocalDate, Boolean> changed = new TreeMap<>();
        StringBuilder s = new StringBuilder();
        switch (kind) {
            case 0 -> {
                // a one-off holiday in December, where no festival lives
                s.append("国务院关于某某").append(year).append("周年纪念日调休放假的通知\n国发明电〔").append(year).append("〕1号\n");
                LocalDate start = LocalDate.of(year, 12, 5 + random.nextInt(10));
                s.append(start.getYear()).append('年').append(md(start)).append("全国放假1天。为方便公众安排生产生活，特作如下调休：");
                range(s, start, start.plusDays(random.nextInt(4)), shortWeekday, changed);
                s.append("调休放假。");
                makeUps(s, List.of(nextWeekendDay(start.plusDays(5))), random, shortWeekday, changed);
                model.add(changed);
            }
            case 1 -> {
                // the festival's days replaced by others in its month
                s.append("国务院办公厅关于调整").append(year).append('年').append(FESTIVALS[target]).append("假期安排的通知\n")
                        .append("国办发明电〔").append(year).append("〕3号\n经国务院批准，现将调整").append(year).append('年')
                        .append(FESTIVALS[target]).append("放假安排通知如下。\n一、");
                LocalDate start = LocalDate.of(year, 1 + (target * 3) / 2, 8 + random.nextInt(5));
                LocalDate end = start.plusDays(random.nextInt(6));
                range(s, start, end, shortWeekday, changed);
                s.append("放假调休，共").append(end.toEpochDay() - start.toEpochDay() + 1).append("天。");
                makeUps(s, List.of(previousWeekendDay(start.minusDays(1)), nextWeekendDay(end.plusDays(1))), random,
                        shortWeekday, changed);
                s.append("\n二、各地区、各部门要抓紧做好假期调整落实工作。\n");
                model.set(target, changed);
            }
            default -> {
                // the festival's break lengthened by 1 to 4 days
                TreeMap<LocalDate, Boolean> old = model.get(target);
                LocalDate first = old.entrySet().stream().filter(Map.Entry::getValue).findFirst().orElseThrow().getKey();
                LocalDate last = old.entrySet().stream().filter(Map.Entry::getValue).reduce((a, b) -> b).orElseThrow().getKey();
                LocalDate newLast = last.plusDays(1 + random.nextInt(4));
                s.append("国务院办公厅关于延长").append(year).append('年').append(FESTIVALS[target]).append("假期的通知\n")
                        .append("国办发明电〔").append(year).append("〕1号\n一、延长").append(year).append('年')
                        .append(FESTIVALS[target]).append("假期至").append(md(newLast)).append(note(newLast, shortWeekday))
                        .append("，").append(md(newLast.plusDays(1))).append(note(newLast.plusDays(1), shortWeekday))
                        .append("起正常上班。\n");
                old.entrySet().removeIf(e -> !e.getValue() && !e.getKey().isBefore(first) && !e.getKey().isAfter(newLast));
                for (LocalDate d = first; !d.isAfter(newLast); d = d.plusDays(1)) {
                    old.put(d, true);
                }
            }
        }
        s.append("国务院办公厅\n");
        TreeMap<LocalDate, Boolean> expected = new TreeMap<>();
        model.forEach(expected::putAll);

        HolidayNotice supplement = HolidayNotice.parse(s.toString());
        HolidayNotice applied = HolidayNotice.parse(annual.text()).supplementedBy(supplement);

        assertThat(supplement.kind().isSupplementary()).isTrue();
        Map<LocalDate, Boolean> read = new LinkedHashMap<>();
        applied.days().forEach(d -> read.put(d.date(), d.holiday()));
        assertThat(read).isEqualTo(expected);
        assertThat(HolidayNotice.parse(annual.text() + s)).isEqualTo(applied);
        assertThat(HolidayNotice.parse(applied.toString())).isEqualTo(applied);
    }

    private static String md(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String note(LocalDate d, boolean shortWeekday) {
        return "（" + (shortWeekday ? "周" : "星期") + WEEKDAYS[d.getDayOfWeek().getValue() - 1] + "）";
    }

    private static LocalDate previousWeekendDay(LocalDate d) {
        while (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static LocalDate nextWeekendDay(LocalDate d) {
        while (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
