package io.consumerprotection.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Every public record and public final value class of spi and core (outside {@code ..internal..}), built
 * reflectively with generated personal data in every {@code String} (a checksum-valid resident ID, a Luhn-valid
 * card, a mainland mobile, a Chinese name; bare, behind an ASCII prefix, or inside a Chinese sentence), prints
 * none of it in {@code toString()}.
 *
 * <p>A leak is a run of at least {@value #MIN_LEAK_DIGITS} digits of an identifier that is longer than what the
 * identifier's display mask shows (card first 6, mobile last 4, ID first and last 1), or the full name.
 * Components a constructor rejects with a generated value are retried with plain defaults (named in the
 * exception message first, then in declaration order); a type that cannot be built at all is skipped and
 * listed. Ids the bank generates ({@link #BANK_IDS}) print their canonical form by design and are built from
 * valid samples, not from generated data; the types whose toString() is the SDK's own text ({@link #REFERENCE_TEXT})
 * are not scanned.
 */
class ToStringProperties {

    /** Below this many digits a match could be a year or a day of a date printed next to it. */
    static final int MIN_LEAK_DIGITS = 5;

    /**
     * Ids the bank generates, with a valid sample: their toString() is the canonical form their factory parses
     * (DESIGN.md), so they are built from the sample (or the type's own constant), never from generated data.
     */
    static final Map<String, String> BANK_IDS = Map.of(
            "io.consumerprotection.core.complaint.ComplaintId", "CP-2024-0001",
            "io.consumerprotection.core.audit.RuleId", "CP-COMPLAINT-001",
            "io.consumerprotection.core.calendar.CalendarId", "CN",
            "io.consumerprotection.core.deadline.PolicyId", "NFRA-2020-3",
            "io.consumerprotection.core.appraisal.UnitId", "BR-0101",
            "io.consumerprotection.core.appraisal.IndicatorId", "complaint.count",
            "io.consumerprotection.core.appraisal.ScorecardId", "NFRA-2025",
            "io.consumerprotection.core.rectification.RectificationId", "RECT-2025-0001");

    /**
     * Types whose toString() is their text in the SDK's own output, written by the SDK or taken from regulation:
     * a {@code Violation} is the "field: message [rule]" line of an exception message (whose messages never repeat
     * an input, see the exception tests), a {@code Citation} the legal reference in SARIF and explanations, and the
     * parts of a {@code HolidayNotice} the State Council's published notice text (its title, festivals and dates).
     */
    static final Set<String> REFERENCE_TEXT = Set.of("io.consumerprotection.spi.Violation",
            "io.consumerprotection.core.audit.Citation", "io.consumerprotection.core.calendar.HolidayNotice$Citation",
            "io.consumerprotection.core.calendar.HolidayNotice$Day", "io.consumerprotection.core.calendar.HolidayNotice$Festival");

    private static final List<Class<?>> TYPES = scan();
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
    private static final Map<String, String> SKIPPED = new ConcurrentHashMap<>();
    private static final Set<String> DEFAULTED = new ConcurrentSkipListSet<>();

    /** The generated personal data of one try, and where the carriers start for it. */
    record Person(String residentId, String card, String mobile, String name, int offset) {

        List<String> carriers() {
            return List.of(
                    "客户" + name + "来电，身份证号" + residentId + "，银行卡" + card + "被盗刷，手机" + mobile,
                    residentId, card, mobile, name,
                    "ID-" + residentId, "CARD-" + card, "SMS-" + mobile, "经办人" + name + "已联系");
        }
    }

    @Provide
    Arbitrary<Person> people() {
        return Combinators.combine(residentIds(), cards(), mobiles(), names(), Arbitraries.integers().between(0, 8))
                .as(Person::new).filter(p -> unrelated(p.residentId(), p.card(), p.mobile()));
    }

    /**
     * Whether no {@value #MIN_LEAK_DIGITS} digits of one identifier appear in another: otherwise the part of a
     * card that its mask shows could be taken for a leak of an ID number.
     */
    static boolean unrelated(String... identifiers) {
        for (String a : identifiers) {
            for (String b : identifiers) {
                if (a != b) {
                    for (int i = 0; i + MIN_LEAK_DIGITS <= a.length(); i++) {
                        if (b.contains(a.substring(i, i + MIN_LEAK_DIGITS))) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    @Property(tries = 45)
    void noToStringShowsARawIdentifierOrName(@ForAll("people") Person person) {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : TYPES) {
            Maker maker = new Maker(person);
            Object value;
            try {
                value = maker.build(type);
            } catch (CannotBuild e) {
                SKIPPED.putIfAbsent(type.getName(), e.getMessage());
                continue;
            }
            CHECKED.add(type.getName());
            SKIPPED.remove(type.getName());
            if (!maker.defaulted.isEmpty()) {
                DEFAULTED.add(type.getSimpleName() + maker.defaulted);
            }
            String text;
            try {
                text = value.toString();
            } catch (RuntimeException e) {
                leaks.add(type.getName() + ": toString() threw " + e);
                continue;
            }
            String leak = leak(text, person);
            if (leak != null) {
                leaks.add(type.getName() + ": shows " + leak + " in " + text);
            }
        }
        assertThat(leaks).as("toString() of %s types leaks personal data", leaks.size()).isEmpty();
    }

    @AfterContainer
    static void report() {
        List<String> skipped = new ArrayList<>(SKIPPED.keySet());
        skipped.removeAll(CHECKED);
        skipped.sort(null);
        StringBuilder b = new StringBuilder("[toString property] types checked: " + CHECKED.size() + ", skipped: "
                + skipped.size() + " (of " + TYPES.size() + " public records and value classes; bank ids printed by design: "
                + BANK_IDS.size() + ", reference text by design: " + REFERENCE_TEXT.size() + ")");
        for (String s : skipped) {
            b.append("\n  skipped ").append(s).append(": ").append(SKIPPED.get(s));
        }
        b.append("\n  built with a default in some component: ").append(DEFAULTED.size());
        for (String d : DEFAULTED) {
            b.append("\n    ").append(d);
        }
        System.out.println(b);
    }

    /** Whether this is a meaningful part of the raw personal data: a digit run past its mask, or the name. */
    static String leak(String text, Person p) {
        if (text.contains(p.name())) {
            return "the name " + p.name();
        }
        for (String[] id : new String[][] {{p.residentId(), "1"}, {p.card(), "6"}, {p.mobile(), "4"}}) {
            String digits = id[0].replace("X", "");
            int shown = Integer.parseInt(id[1]);
            int min = Math.max(MIN_LEAK_DIGITS, shown + 1);
            Matcher m = Pattern.compile("[0-9]{" + min + ",}").matcher(text);
            while (m.find()) {
                String run = m.group();
                for (int i = 0; i + min <= run.length(); i++) {
                    if (digits.contains(run.substring(i, i + min))) {
                        return "digits " + run.substring(i, i + min) + " of " + id[0];
                    }
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- the types

    private static List<Class<?>> scan() {
        List<Class<?>> out = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("io.consumerprotection.spi", "io.consumerprotection.core")) {
            if (c.getPackageName().contains(".internal") || !c.getModifiers().contains(JavaModifier.PUBLIC)
                    || c.isAnonymousClass() || c.isLocalClass() || BANK_IDS.containsKey(c.getName())
                    || REFERENCE_TEXT.contains(c.getName())) {
                continue;
            }
            Class<?> type = c.reflect();
            if (!publiclyReachable(type) || Throwable.class.isAssignableFrom(type)) {
                continue;
            }
            if (type.isRecord() || isValueClass(type)) {
                out.add(type);
            }
        }
        out.sort((a, b) -> a.getName().compareTo(b.getName()));
        return out;
    }

    private static boolean publiclyReachable(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** A final class with value semantics (it declares equals) and a static factory. */
    private static boolean isValueClass(Class<?> type) {
        if (!Modifier.isFinal(type.getModifiers()) || type.isEnum() || type.isInterface()) {
            return false;
        }
        try {
            type.getDeclaredMethod("equals", Object.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
        return !factories(type).isEmpty();
    }

    private static List<Method> factories(Class<?> type) {
        List<Method> out = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type
                    && Set.of("of", "parse", "from").contains(m.getName())) {
                out.add(m);
            }
        }
        // fewest parameters first, String-taking before others: the factory a person's text would go through
        out.sort((a, b) -> a.getParameterCount() != b.getParameterCount()
                ? Integer.compare(a.getParameterCount(), b.getParameterCount())
                : Boolean.compare(!takesString(a), !takesString(b)));
        return out;
    }

    private static boolean takesString(Method m) {
        List<Class<?>> params = List.of(m.getParameterTypes());
        return params.contains(String.class) || params.contains(CharSequence.class);
    }

    // ---------------------------------------------------------------- building values

    /** A type that could not be built with generated data nor with the defaults. */
    static final class CannotBuild extends Exception {
        private static final long serialVersionUID = 1L;

        CannotBuild(String message) {
            super(message, null, false, false);
        }
    }

    /** Plain values for a String a constructor rejected, tried in order. */
    private static final List<String> STRING_DEFAULTS = List.of("A-1", "1.0", "CN", "HOLIDAY", "2025", "keep(1,1)",
            "BUSINESS", "x");

    /** Builds instances with generated strings; remembers which components had to fall back to defaults. */
    static final class Maker {
        private final List<String> carriers;
        private final int offset;
        private int slot;
        final List<String> defaulted = new ArrayList<>();

        Maker(Person person) {
            this.carriers = person.carriers();
            this.offset = person.offset();
        }

        private String nextString() {
            return carriers.get((offset + slot++) % carriers.size());
        }

        Object build(Class<?> type) throws CannotBuild {
            return build(type, 0);
        }

        private Object build(Class<?> type, int depth) throws CannotBuild {
            if (depth > 6) {
                throw new CannotBuild("nested too deep");
            }
            if (BANK_IDS.containsKey(type.getName())) {
                return bankId(type);
            }
            if (type.isRecord()) {
                return buildRecord(type, depth);
            }
            return buildByFactory(type, depth);
        }

        private Object buildRecord(Class<?> type, int depth) throws CannotBuild {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] raw = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            // how far each component has fallen back: 0 generated, 1.. defaults; -1 when no fallback is left
            int[] level = new int[components.length];
            for (int i = 0; i < components.length; i++) {
                raw[i] = components[i].getType();
                values[i] = value(components[i].getGenericType(), depth, 0);
            }
            Constructor<?> canonical;
            try {
                canonical = type.getDeclaredConstructor(raw);
                canonical.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new CannotBuild("no canonical constructor");
            }
            String last = null;
            for (int attempt = 0; attempt < 60; attempt++) {
                try {
                    Object built = canonical.newInstance(values);
                    for (int i = 0; i < components.length; i++) {
                        if (level[i] != 0 && depth == 0) {
                            defaulted.add(components[i].getName());
                        }
                    }
                    return built;
                } catch (InvocationTargetException e) {
                    last = String.valueOf(e.getCause());
                    int i = blamed(components, level, e.getCause());
                    if (i < 0) {
                        throw new CannotBuild("constructor rejects every default: " + last);
                    }
                    level[i]++;
                    Object next = value(components[i].getGenericType(), depth, level[i]);
                    if (next == NO_MORE) {
                        level[i] = -1;
                        values[i] = nullOrDefault(components[i].getType());
                    } else {
                        values[i] = next;
                    }
                } catch (ReflectiveOperationException | IllegalArgumentException e) {
                    throw new CannotBuild(String.valueOf(e));
                }
            }
            throw new CannotBuild("gave up: " + last);
        }

        /** The component the exception names (house style: exceptions name the parameter), else the first with a fallback left. */
        private static int blamed(RecordComponent[] components, int[] level, Throwable cause) {
            String message = String.valueOf(cause.getMessage());
            int best = -1;
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                if (level[i] >= 0 && Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(message).find()
                        && (best < 0 || name.length() > components[best].getName().length())) {
                    best = i;
                }
            }
            if (best >= 0) {
                return best;
            }
            for (int i = 0; i < components.length; i++) {
                if (level[i] >= 0 && fallsBack(components[i].getType())) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean fallsBack(Class<?> type) {
            return !type.isPrimitive() && !type.isEnum();
        }

        private static Object nullOrDefault(Class<?> type) {
            return type.isPrimitive() ? primitive(type) : null;
        }

        private static final Object NO_MORE = new Object();

        /** A value for a component at a fallback level: 0 is generated data, then ever plainer defaults. */
        private Object value(Type generic, int depth, int level) throws CannotBuild {
            Class<?> type = rawClass(generic);
            if (type == String.class || type == CharSequence.class) {
                return level == 0 ? nextString() : level <= STRING_DEFAULTS.size() ? STRING_DEFAULTS.get(level - 1) : NO_MORE;
            }
            if (type.isPrimitive()) {
                return level == 0 ? primitive(type) : level == 1 ? zero(type)
                        : level - 2 < MORE_NUMBERS.size() && type != boolean.class && type != char.class
                        ? number(type, MORE_NUMBERS.get(level - 2)) : NO_MORE;
            }
            if (type.isEnum()) {
                Object[] constants = type.getEnumConstants();
                return level < constants.length ? constants[level] : NO_MORE;
            }
            Object simple = simple(type, level);
            if (simple != null) {
                return simple;
            }
            if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                    || type == Optional.class || type.isArray()) {
                return container(generic, type, depth, level);
            }
            if (level > 1) {
                return NO_MORE;
            }
            if (level == 1) {
                return null;
            }
            try {
                return build(type, depth + 1);
            } catch (CannotBuild e) {
                return null;
            }
        }

        private Object container(Type generic, Class<?> type, int depth, int level) throws CannotBuild {
            if (level > 2) {
                return NO_MORE;
            }
            if (type.isArray()) {
                Object array = Array.newInstance(type.getComponentType(), level == 0 ? 1 : 0);
                if (level == 0) {
                    Array.set(array, 0, element(type.getComponentType(), depth));
                }
                return level == 2 ? null : array;
            }
            Type[] args = generic instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
            if (level == 2) {
                return null;
            }
            boolean empty = level == 1;
            if (type == Optional.class) {
                return empty ? Optional.empty() : Optional.ofNullable(element(args[0], depth));
            }
            if (Map.class.isAssignableFrom(type)) {
                if (empty) {
                    return SortedMap.class.isAssignableFrom(type) ? new TreeMap<>() : Map.of();
                }
                Object v = element(args[1], depth);
                if (rawClass(args[0]).isEnum() && v != null) {
                    // every constant: an enum-keyed map is usually required to be complete
                    Map<Object, Object> all = new java.util.LinkedHashMap<>();
                    for (Object k : rawClass(args[0]).getEnumConstants()) {
                        all.put(k, v);
                    }
                    return all;
                }
                Object k = element(args[0], depth);
                if (k == null || v == null) {
                    return Map.of();
                }
                return SortedMap.class.isAssignableFrom(type) ? new TreeMap<>(Map.of(k, v)) : Map.of(k, v);
            }
            if (empty) {
                return SortedSet.class.isAssignableFrom(type) ? new TreeSet<>() : Set.class.isAssignableFrom(type)
                        ? Set.of() : List.of();
            }
            Object e = args.length == 0 ? null : element(args[0], depth);
            if (e == null) {
                return Set.class.isAssignableFrom(type) ? Set.of() : List.of();
            }
            if (SortedSet.class.isAssignableFrom(type)) {
                return new TreeSet<>(Set.of(e));
            }
            return Set.class.isAssignableFrom(type) ? Set.of(e) : List.of(e);
        }

        private Object element(Type generic, int depth) throws CannotBuild {
            Object v = value(generic instanceof WildcardType w ? w.getUpperBounds()[0] : generic, depth + 1, 0);
            return v == NO_MORE ? null : v;
        }

        private static Object bankId(Class<?> type) throws CannotBuild {
            try {
                return type.getMethod("of", String.class).invoke(null, BANK_IDS.get(type.getName()));
            } catch (ReflectiveOperationException e) {
                throw new CannotBuild("bank id sample rejected: " + e);
            }
        }

        /** A type with no record components: a bank id from its sample, a sealed interface by its first buildable case, a value class by its factory. */
        private Object buildByFactory(Class<?> type, int depth) throws CannotBuild {
            Object constant = constant(type);
            if (type.isSealed()) {
                for (Class<?> sub : type.getPermittedSubclasses()) {
                    try {
                        return build(sub, depth + 1);
                    } catch (CannotBuild e) {
                        // try the next permitted subclass
                    }
                }
            }
            String last = "no public static factory";
            for (Method f : factories(type)) {
                // every carrier of the generated data in turn, then the plain defaults
                for (int attempt = 0; attempt < carriers.size() + STRING_DEFAULTS.size(); attempt++) {
                    Object[] args = new Object[f.getParameterCount()];
                    Type[] params = f.getGenericParameterTypes();
                    for (int i = 0; i < args.length; i++) {
                        int level = (params[i] == String.class || params[i] == CharSequence.class)
                                && attempt >= carriers.size()
                                ? attempt - carriers.size() + 1 : 0;
                        Object v = value(params[i], depth, level);
                        args[i] = v == NO_MORE ? null : v;
                    }
                    if (attempt >= carriers.size() && !takesString(f)) {
                        break;
                    }
                    try {
                        Object built = f.invoke(null, args);
                        if (attempt >= carriers.size()) {
                            defaulted.add(f.getName() + "(default)");
                        }
                        return built;
                    } catch (InvocationTargetException e) {
                        last = f.getName() + ": " + e.getCause();
                    } catch (ReflectiveOperationException | IllegalArgumentException e) {
                        last = f.getName() + ": " + e;
                    }
                }
            }
            if (constant != null) {
                defaulted.add("constant");
                return constant;
            }
            throw new CannotBuild(last);
        }

        /** A public static final constant of the type itself, if it declares one. */
        private static Object constant(Class<?> type) {
            for (Field f : type.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == type) {
                    try {
                        return f.get(null);
                    } catch (IllegalAccessException e) {
                        return null;
                    }
                }
            }
            return null;
        }
    }

    private static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (t instanceof WildcardType w) {
            return rawClass(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Object primitive(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return 'A';
        }
        if (type == long.class) {
            return 1L;
        }
        if (type == double.class) {
            return 1.0;
        }
        if (type == float.class) {
            return 1.0f;
        }
        if (type == short.class) {
            return (short) 1;
        }
        if (type == byte.class) {
            return (byte) 1;
        }
        return 1;
    }

    /** Further whole numbers for a primitive a constructor rejected with 1 and 0 (a total, a limit). */
    private static final List<Integer> MORE_NUMBERS = List.of(2, 4, 100);

    private static Object number(Class<?> type, int n) {
        if (type == long.class) {
            return (long) n;
        }
        if (type == double.class) {
            return (double) n;
        }
        if (type == float.class) {
            return (float) n;
        }
        if (type == short.class) {
            return (short) n;
        }
        if (type == byte.class) {
            return (byte) n;
        }
        return n;
    }

    private static Object zero(Class<?> type) {
        if (type == boolean.class) {
            return true;
        }
        if (type == char.class) {
            return 'B';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.5;
        }
        if (type == float.class) {
            return 0.5f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }

    /** The JDK value types records hold, at a fallback level; {@code null} when the type is not one of them. */
    private static Object simple(Class<?> type, int level) {
        if (type == Integer.class || type == Long.class || type == Double.class || type == Boolean.class) {
            return level == 0 ? primitive(unbox(type)) : level == 1 ? zero(unbox(type)) : null;
        }
        Object v = switch (type.getName()) {
            case "java.math.BigDecimal" -> level == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
            case "java.math.BigInteger" -> BigInteger.ONE;
            case "java.time.Instant" -> level == 0 ? Instant.parse("2024-01-02T00:00:00Z") : Instant.EPOCH;
            case "java.time.LocalDate" -> level == 0 ? LocalDate.of(2024, 1, 2) : LocalDate.EPOCH;
            case "java.time.LocalDateTime" -> LocalDateTime.of(1970, 1, 1, 0, 0);
            case "java.time.LocalTime" -> LocalTime.NOON;
            case "java.time.ZonedDateTime" -> ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
            case "java.time.ZoneId" -> ZoneId.of("Asia/Shanghai");
            case "java.time.Duration" -> Duration.ofDays(1);
            case "java.time.Period" -> Period.ofDays(1);
            case "java.time.DayOfWeek" -> DayOfWeek.MONDAY;
            case "java.time.Month" -> Month.JANUARY;
            case "java.time.Year" -> Year.of(2024);
            case "java.time.YearMonth" -> YearMonth.of(2024, 1);
            case "java.lang.Object", "java.lang.CharSequence" -> "x";
            default -> null;
        };
        return level > 1 && v != null ? null : v;
    }

    private static Class<?> unbox(Class<?> type) {
        return type == Integer.class ? int.class : type == Long.class ? long.class : type == Double.class
                ? double.class : boolean.class;
    }

    // ---------------------------------------------------------------- generated personal data, written independently

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    /** Resident ID numbers of GB 11643-1999: region, birth date, sequence, MOD 11-2 check character. */
    static Arbitrary<String> residentIds() {
        return Combinators.combine(Arbitraries.of("110101", "310104", "440106", "510107", "330106", "420102"),
                Arbitraries.integers().between(1950, 2005), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 999)).as((region, y, m, d, seq) -> {
                    String body = region + y + two(m) + two(d) + String.valueOf(1000 + seq).substring(1);
                    int sum = 0;
                    for (int i = 0; i < 17; i++) {
                        sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
                    }
                    return body + ID_CHECK.charAt(sum % 11);
                });
    }

    /** Card numbers of 16 to 19 digits starting 62 (UnionPay), with a Luhn check digit. */
    static Arbitrary<String> cards() {
        return Combinators.combine(Arbitraries.integers().between(16, 19), Arbitraries.strings().numeric().ofLength(17))
                .as((length, digits) -> {
                    String body = ("62" + digits).substring(0, length - 1);
                    int sum = 0;
                    for (int i = 0; i < body.length(); i++) {
                        int v = body.charAt(body.length() - 1 - i) - '0';
                        if (i % 2 == 0) {
                            v = v * 2 > 9 ? v * 2 - 9 : v * 2;
                        }
                        sum += v;
                    }
                    return body + (char) ('0' + (10 - sum % 10) % 10);
                });
    }

    /** Mainland mobile numbers: 11 digits, 13x to 19x. */
    static Arbitrary<String> mobiles() {
        return Combinators.combine(Arbitraries.of("13", "15", "17", "18", "19"), Arbitraries.strings().numeric().ofLength(9))
                .as((prefix, rest) -> prefix + rest);
    }

    /** Chinese names: a surname (compound ones included) and one or two given characters. */
    static Arbitrary<String> names() {
        return Combinators.combine(Arbitraries.of("欧阳", "司马", "诸葛", "王", "李", "张", "刘", "陈", "赵", "黄"),
                Arbitraries.strings().withChars("娜伟芳敏静丽强磊军洋勇艳杰").ofMinLength(1).ofMaxLength(2))
                .as((surname, given) -> surname + given);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
