package io.consumerprotection.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link HolidayNotice} on generated notices in the published wording: every break and make-up day written is
 * read back exactly, whatever the year, the weekday notes and the month left out of a range's end; and
 * {@code parse(toString())} gives an equal notice.
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
            if (random.nextBoolean()) {
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
