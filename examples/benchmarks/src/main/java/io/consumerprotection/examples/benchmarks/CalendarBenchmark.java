package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.calendar.WorkingCalendar;
import io.consumerprotection.core.calendar.WorkingCalendars;
import io.consumerprotection.spi.calendar.CalendarDayRecord;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.Jdk8WorkingWeek;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Working-day arithmetic on the China mainland calendar ({@code CN 2026a}): this SDK's {@link WorkingCalendar}
 * against ObjectLab Kit {@code datecalc-jdk8} 1.4.8 and a naive day-by-day loop over {@code HashSet}s.
 *
 * <p>How the three answer the same question. ObjectLab Kit has no make-up working day, so it is configured
 * with a seven-day working week and every non-working day of the covered range (holidays and ordinary
 * weekends, except make-up working days) listed as a holiday, with the coverage as its boundaries. Its
 * {@code moveByBusinessDays(n)} first moves a non-working start date to the next working day and then
 * counts n, so the add benchmarks start from random <em>working</em> days, where both mean "the n-th
 * working day strictly after". Its {@code getNumberOfBusinessDaysBetween(a, b)} counts {@code [a, b)} where
 * ours counts {@code (a, b]}, so it is given {@code (a + 1, b + 1)}, precomputed at setup. Every answer of
 * every implementation is cross-checked at setup, and the setup fails on any difference.
 *
 * <p>Inputs: 4,096 random dates 2008-2024 (seed 42, so that 250 working days later is still covered), allocated in one pass at setup; spans for
 * {@code workingDaysBetween} are 1-400 days. Run:
 * {@code java -jar examples/benchmarks/target/benchmarks.jar CalendarBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc}.
 *
 * <p>{@code …Previous} run an earlier release of the SDK side by side in the same run
 * ({@code -p previousCore=/path/core.jar:/path/spi.jar}, loaded by {@link PreviousRelease}; its answers are
 * cross-checked at setup too), and {@code …CurrentByHandle} the current release through the same kind of call site (a
 * method handle in a state field), so those pairs compare like with like. Without the parameter they return at once
 * and their figures mean nothing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CalendarBenchmark {

    static final int SIZE = 4096;
    static final int MASK = SIZE - 1;

    /** The three implementations and the shared inputs. */
    @State(Scope.Benchmark)
    public static class Calendars {
        /** The jars of an earlier release to measure side by side, separated by the path separator; empty for none. */
        @Param("")
        public String previousCore = "";

        WorkingCalendar ours;
        MethodHandle[] current;
        MethodHandle[] previous;
        DateCalculator<LocalDate> objectLab;
        Set<LocalDate> naiveHolidays;
        Set<LocalDate> naiveWorkdays;
        LocalDate[] anyDates;
        LocalDate[] from;
        LocalDate[] to;
        LocalDate[] fromShifted;
        LocalDate[] toShifted;
        LocalDate[] workingDates;

        @Setup(Level.Trial)
        public void setUp() {
            ours = WorkingCalendars.chinaMainland();
            naiveHolidays = new HashSet<>();
            naiveWorkdays = new HashSet<>();
            for (CalendarDayRecord d : ours.data().days()) {
                (CalendarDayRecord.HOLIDAY.equals(d.kind()) ? naiveHolidays : naiveWorkdays).add(d.date());
            }
            Set<LocalDate> nonWorking = new HashSet<>();
            for (LocalDate d = ours.coverageStart(); !d.isAfter(ours.coverageEnd()); d = d.plusDays(1)) {
                if (!ours.isWorkingDay(d)) {
                    nonWorking.add(d);
                }
            }
            LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
            factory.registerHolidays("CN", new DefaultHolidayCalendar<>(nonWorking, ours.coverageStart(), ours.coverageEnd()));
            objectLab = factory.getDateCalculator("CN", HolidayHandlerType.FORWARD);
            Jdk8WorkingWeek sevenDays = Jdk8WorkingWeek.DEFAULT
                    .withWorkingDayFromDateTimeConstant(true, DayOfWeek.SATURDAY)
                    .withWorkingDayFromDateTimeConstant(true, DayOfWeek.SUNDAY);
            objectLab.setWorkingWeek(sevenDays);

            Random random = new Random(42);
            LocalDate base = LocalDate.of(2008, 1, 1);
            int days = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - base.toEpochDay());
            int[] offsets = new int[SIZE];
            int[] spans = new int[SIZE];
            int[] working = new int[SIZE];
            for (int i = 0; i < SIZE; i++) {
                offsets[i] = random.nextInt(days);
                spans[i] = 1 + random.nextInt(400);
                int w = random.nextInt(days);
                while (!ours.isWorkingDay(base.plusDays(w))) {
                    w++;
                }
                working[i] = w;
            }
            // each array allocated in one pass, so its dates lie together on the heap
            anyDates = new LocalDate[SIZE];
            for (int i = 0; i < SIZE; i++) {
                anyDates[i] = base.plusDays(offsets[i]);
            }
            from = new LocalDate[SIZE];
            for (int i = 0; i < SIZE; i++) {
                from[i] = base.plusDays(offsets[i]);
            }
            to = new LocalDate[SIZE];
            for (int i = 0; i < SIZE; i++) {
                to[i] = base.plusDays(offsets[i] + spans[i]);
            }
            fromShifted = new LocalDate[SIZE];
            for (int i = 0; i < SIZE; i++) {
                fromShifted[i] = base.plusDays(offsets[i] + 1);
            }
            toShifted = new LocalDate[SIZE];
            for (int i = 0; i < SIZE; i++) {
                toShifted[i] = base.plusDays(offsets[i] + spans[i] + 1);
            }
            workingDates = new LocalDate[SIZE];
            for (int i = 0; i < SIZE; i++) {
                workingDates[i] = base.plusDays(working[i]);
            }
            crossCheck();
            if (!previousCore.isEmpty()) {
                loadPrevious();
            }
            System.gc();
        }

        private static final MethodType IS_WORKING_DAY = MethodType.methodType(boolean.class, LocalDate.class);
        private static final MethodType ADD = MethodType.methodType(LocalDate.class, LocalDate.class, int.class);
        private static final MethodType BETWEEN = MethodType.methodType(int.class, LocalDate.class, LocalDate.class);

        /** {isWorkingDay, addWorkingDays, workingDaysBetween} of a calendar of either release. */
        private static MethodHandle[] handles(Object calendar) {
            return new MethodHandle[] {
                PreviousRelease.bind(calendar, "isWorkingDay", IS_WORKING_DAY, LocalDate.class),
                PreviousRelease.bind(calendar, "addWorkingDays", ADD, LocalDate.class, int.class),
                PreviousRelease.bind(calendar, "workingDaysBetween", BETWEEN, LocalDate.class, LocalDate.class)};
        }

        private void loadPrevious() {
            PreviousRelease release = new PreviousRelease(previousCore, CalendarBenchmark.class.getClassLoader());
            try {
                Object calendar = release.type(WorkingCalendars.class.getName()).getMethod("chinaMainland").invoke(null);
                previous = handles(calendar);
                current = handles(ours);
                // the same calls as crossCheck makes on ours, so that both releases' methods reach the compiler with
                // the same profile (a profile of n = 15 alone compiled addWorkingDays twice as fast as the mixed one)
                for (int i = 0; i < SIZE; i++) {
                    if ((boolean) previous[0].invokeExact(anyDates[i]) != ours.isWorkingDay(anyDates[i])
                            || (int) previous[2].invokeExact(from[i], to[i]) != ours.workingDaysBetween(from[i], to[i])) {
                        throw new IllegalStateException("the previous release differs on input " + i);
                    }
                    for (int n : new int[] {3, 15, 60, 250}) {
                        if (!((LocalDate) previous[1].invokeExact(workingDates[i], n)).equals(ours.addWorkingDays(workingDates[i], n))) {
                            throw new IllegalStateException("the previous release differs on " + workingDates[i] + " + " + n);
                        }
                    }
                }
            } catch (Throwable e) {
                throw new IllegalStateException("cannot load the previous release from " + previousCore, e);
            }
            System.out.println("[CalendarBenchmark] previous release from " + previousCore + ": same answers on every input");
        }

        boolean naiveIsWorkingDay(LocalDate d) {
            if (naiveHolidays.contains(d)) {
                return false;
            }
            if (naiveWorkdays.contains(d)) {
                return true;
            }
            DayOfWeek w = d.getDayOfWeek();
            return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
        }

        LocalDate naiveAdd(LocalDate d, int n) {
            LocalDate x = d;
            for (int left = n; left > 0; ) {
                x = x.plusDays(1);
                if (naiveIsWorkingDay(x)) {
                    left--;
                }
            }
            return x;
        }

        int naiveBetween(LocalDate a, LocalDate b) {
            int count = 0;
            for (LocalDate x = a.plusDays(1); !x.isAfter(b); x = x.plusDays(1)) {
                if (naiveIsWorkingDay(x)) {
                    count++;
                }
            }
            return count;
        }

        LocalDate objectLabAdd(LocalDate d, int n) {
            return objectLab.setStartDate(d).moveByBusinessDays(n).getCurrentBusinessDate();
        }

        /** Fails the setup when any implementation disagrees with another on any input. */
        void crossCheck() {
            for (int i = 0; i < SIZE; i++) {
                LocalDate d = anyDates[i];
                boolean w = ours.isWorkingDay(d);
                if (w != naiveIsWorkingDay(d) || w == objectLab.isNonWorkingDay(d)) {
                    throw new IllegalStateException("isWorkingDay differs on " + d);
                }
                int between = ours.workingDaysBetween(from[i], to[i]);
                if (between != naiveBetween(from[i], to[i])
                        || between != objectLab.getNumberOfBusinessDaysBetween(fromShifted[i], toShifted[i])) {
                    throw new IllegalStateException("workingDaysBetween differs on " + from[i] + ".." + to[i]);
                }
                for (int n : new int[] {3, 15, 60, 250}) {
                    LocalDate a = ours.addWorkingDays(workingDates[i], n);
                    if (!a.equals(naiveAdd(workingDates[i], n)) || !a.equals(objectLabAdd(workingDates[i], n))) {
                        throw new IllegalStateException("addWorkingDays differs on " + workingDates[i] + " + " + n);
                    }
                }
            }
        }
    }

    /** The number of working days to add. */
    @State(Scope.Benchmark)
    public static class Steps {
        @Param({"3", "15", "60", "250"})
        int n;
    }

    /** A cursor over the inputs. */
    @State(Scope.Thread)
    public static class Cursor {
        int i;

        int next() {
            return i++ & MASK;
        }
    }

    @Benchmark
    public LocalDate addWorkingDaysOurs(Calendars c, Steps s, Cursor k) {
        return c.ours.addWorkingDays(c.workingDates[k.next()], s.n);
    }

    @Benchmark
    public LocalDate addWorkingDaysObjectLab(Calendars c, Steps s, Cursor k) {
        return c.objectLabAdd(c.workingDates[k.next()], s.n);
    }

    @Benchmark
    public LocalDate addWorkingDaysNaive(Calendars c, Steps s, Cursor k) {
        return c.naiveAdd(c.workingDates[k.next()], s.n);
    }

    @Benchmark
    public int workingDaysBetweenOurs(Calendars c, Cursor k) {
        int i = k.next();
        return c.ours.workingDaysBetween(c.from[i], c.to[i]);
    }

    @Benchmark
    public int workingDaysBetweenObjectLab(Calendars c, Cursor k) {
        int i = k.next();
        return c.objectLab.getNumberOfBusinessDaysBetween(c.fromShifted[i], c.toShifted[i]);
    }

    @Benchmark
    public int workingDaysBetweenNaive(Calendars c, Cursor k) {
        int i = k.next();
        return c.naiveBetween(c.from[i], c.to[i]);
    }

    @Benchmark
    public boolean isWorkingDayOurs(Calendars c, Cursor k) {
        return c.ours.isWorkingDay(c.anyDates[k.next()]);
    }

    @Benchmark
    public boolean isWorkingDayObjectLab(Calendars c, Cursor k) {
        return !c.objectLab.isNonWorkingDay(c.anyDates[k.next()]);
    }

    @Benchmark
    public boolean isWorkingDayNaive(Calendars c, Cursor k) {
        return c.naiveIsWorkingDay(c.anyDates[k.next()]);
    }

    @Benchmark
    public LocalDate addWorkingDaysCurrentByHandle(Calendars c, Steps s, Cursor k) throws Throwable {
        return c.current == null ? null : (LocalDate) c.current[1].invokeExact(c.workingDates[k.next()], s.n);
    }

    @Benchmark
    public LocalDate addWorkingDaysPrevious(Calendars c, Steps s, Cursor k) throws Throwable {
        return c.previous == null ? null : (LocalDate) c.previous[1].invokeExact(c.workingDates[k.next()], s.n);
    }

    @Benchmark
    public int workingDaysBetweenCurrentByHandle(Calendars c, Cursor k) throws Throwable {
        int i = k.next();
        return c.current == null ? 0 : (int) c.current[2].invokeExact(c.from[i], c.to[i]);
    }

    @Benchmark
    public int workingDaysBetweenPrevious(Calendars c, Cursor k) throws Throwable {
        int i = k.next();
        return c.previous == null ? 0 : (int) c.previous[2].invokeExact(c.from[i], c.to[i]);
    }

    @Benchmark
    public boolean isWorkingDayCurrentByHandle(Calendars c, Cursor k) throws Throwable {
        return c.current != null && (boolean) c.current[0].invokeExact(c.anyDates[k.next()]);
    }

    @Benchmark
    public boolean isWorkingDayPrevious(Calendars c, Cursor k) throws Throwable {
        return c.previous != null && (boolean) c.previous[0].invokeExact(c.anyDates[k.next()]);
    }
}
