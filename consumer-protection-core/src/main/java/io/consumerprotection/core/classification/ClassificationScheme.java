package io.consumerprotection.core.classification;

import io.consumerprotection.spi.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of the classification scheme: for every {@link Dimension} its codes (major, middle, minor
 * classes and a host's local sub-codes), the rule for the dimension, the date from which the version is in
 * force, and the mapping from the version it replaces. Immutable and thread-safe.
 *
 * <p>The project's codes follow JR/T 0169-2018's structure (major 2 digits, middle 4, minor 5; "other" 99 /
 * 99 / 9) but are project codes: the official numeric codes are not public here, and
 * {@link SchemeCode#officialCode()} stays empty until they are known. The resource format read by
 * {@link #read(Reader)} is described in the package documentation.
 */
public final class ClassificationScheme {

    private final String version;
    private final LocalDate effectiveFrom;
    private final String basedOn;
    private final String source;
    private final Map<Dimension, DimensionRule> rules;
    private final Map<Dimension, Map<String, SchemeCode>> codes;
    private final Map<Dimension, Map<String, List<SchemeCode>>> children;
    private final CodeMapping mappingFromBase;

    ClassificationScheme(String version, LocalDate effectiveFrom, String basedOn, String source,
                         Map<Dimension, DimensionRule> rules, Collection<SchemeCode> allCodes,
                         CodeMapping mappingFromBase) {
        this.version = Objects.requireNonNull(version, "version");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.basedOn = basedOn == null || basedOn.isBlank() ? null : basedOn;
        this.source = source == null ? "" : source;
        Map<Dimension, DimensionRule> r = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            r.put(d, rules.getOrDefault(d, new DimensionRule(d, false, false)));
        }
        this.rules = r;
        Map<Dimension, Map<String, SchemeCode>> byDim = new EnumMap<>(Dimension.class);
        Map<Dimension, Map<String, List<SchemeCode>>> kids = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            byDim.put(d, new LinkedHashMap<>());
            kids.put(d, new LinkedHashMap<>());
        }
        for (SchemeCode c : allCodes) {
            byDim.get(c.dimension()).put(c.code(), c);
        }
        for (Map<String, SchemeCode> m : byDim.values()) {
            for (SchemeCode c : m.values()) {
                kids.get(c.dimension()).computeIfAbsent(c.parent() == null ? "" : c.parent(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        Map<Dimension, Map<String, SchemeCode>> frozen = new EnumMap<>(Dimension.class);
        byDim.forEach((d, m) -> frozen.put(d, java.util.Collections.unmodifiableMap(m)));
        Map<Dimension, Map<String, List<SchemeCode>>> frozenKids = new EnumMap<>(Dimension.class);
        kids.forEach((d, m) -> {
            Map<String, List<SchemeCode>> f = new LinkedHashMap<>();
            m.forEach((k, v) -> f.put(k, List.copyOf(v)));
            frozenKids.put(d, f);
        });
        this.codes = frozen;
        this.children = frozenKids;
        this.mappingFromBase = mappingFromBase;
    }

    /**
     * Reads a scheme version from its resource format (see the package documentation).
     *
     * @throws InvalidClassificationSchemeException listing every malformed line
     */
    public static ClassificationScheme read(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        try {
            return SchemeFile.read(new BufferedReader(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version id, for example {@code 2018.1}. */
    public String version() {
        return version;
    }

    /** The first day on which complaints received are classified under this version. */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** The version this one replaces, or empty for the first. */
    public Optional<String> basedOn() {
        return Optional.ofNullable(basedOn);
    }

    /** The source cited for the version as a whole. */
    public String source() {
        return source;
    }

    /** The mapping from the codes of {@link #basedOn()} to this version's, or empty for the first version. */
    public Optional<CodeMapping> mappingFromBase() {
        return Optional.ofNullable(mappingFromBase);
    }

    /** The rule for a dimension. */
    public DimensionRule rule(Dimension dimension) {
        return rules.get(Objects.requireNonNull(dimension, "dimension"));
    }

    /** Every code of a dimension, parents before children, in the scheme's order. */
    public List<SchemeCode> codes(Dimension dimension) {
        return List.copyOf(codes.get(Objects.requireNonNull(dimension, "dimension")).values());
    }

    /** The code, or empty when the dimension has no such code in this version. */
    public Optional<SchemeCode> find(Dimension dimension, String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(codes.get(Objects.requireNonNull(dimension, "dimension")).get(code));
    }

    /** The code, or {@code null} when the version has no such code (for the validator's loop). */
    SchemeCode codeOrNull(Dimension dimension, String code) {
        return codes.get(dimension).get(code);
    }

    /**
     * The code.
     *
     * @throws UnknownClassificationCodeException naming the dimension, code and version when it does not exist
     */
    public SchemeCode get(Dimension dimension, String code) {
        return find(dimension, code).orElseThrow(() -> new UnknownClassificationCodeException(dimension, code, version));
    }

    /** The major classes of a dimension. */
    public List<SchemeCode> roots(Dimension dimension) {
        return children.get(Objects.requireNonNull(dimension, "dimension")).getOrDefault("", List.of());
    }

    /**
     * The direct children of a code (standard and local).
     *
     * @throws UnknownClassificationCodeException when the code does not exist
     */
    public List<SchemeCode> children(Dimension dimension, String code) {
        get(dimension, code);
        return children.get(dimension).getOrDefault(code, List.of());
    }

    /**
     * The ancestors of a code, nearest first (parent, grandparent, ..., major class).
     *
     * @throws UnknownClassificationCodeException when the code does not exist
     */
    public List<SchemeCode> ancestors(Dimension dimension, String code) {
        List<SchemeCode> out = new ArrayList<>(3);
        SchemeCode c = get(dimension, code);
        while (c.parent() != null) {
            c = get(dimension, c.parent());
            out.add(c);
        }
        return out;
    }

    /**
     * The code itself if its level is at most {@code level}, otherwise its ancestor at that level; used to
     * roll statistics up to major classes.
     *
     * @throws UnknownClassificationCodeException when the code does not exist
     */
    public SchemeCode rollUp(Dimension dimension, String code, int level) {
        if (level < 1) {
            throw new IllegalArgumentException("level must be at least 1: " + level);
        }
        SchemeCode c = get(dimension, code);
        while (c.level() > level && c.parent() != null) {
            c = get(dimension, c.parent());
        }
        return c;
    }

    /**
     * Whether the code is a leaf of the standard scheme: it has no standard children (a host's local
     * sub-codes are optional refinements and do not count).
     *
     * @throws UnknownClassificationCodeException when the code does not exist
     */
    public boolean isLeaf(Dimension dimension, String code) {
        for (SchemeCode child : children(dimension, code)) {
            if (!child.local()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The codes of every dimension whose Chinese or English name contains the query. Full-width forms are
     * folded to half-width and English is compared without case.
     */
    public List<SchemeCode> searchByName(String query) {
        String q = fold(Objects.requireNonNull(query, "query"));
        if (q.isBlank()) {
            return List.of();
        }
        List<SchemeCode> out = new ArrayList<>();
        for (Map<String, SchemeCode> m : codes.values()) {
            for (SchemeCode c : m.values()) {
                if (fold(c.nameZh()).contains(q) || fold(c.nameEn()).contains(q)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** A copy of this scheme with more codes added (local codes of a host). */
    ClassificationScheme withCodes(Collection<SchemeCode> added) {
        List<SchemeCode> all = new ArrayList<>();
        codes.values().forEach(m -> all.addAll(m.values()));
        all.addAll(added);
        return new ClassificationScheme(version, effectiveFrom, basedOn, source, rules, all, mappingFromBase);
    }

    /** Every code of every dimension. */
    List<SchemeCode> allCodes() {
        List<SchemeCode> all = new ArrayList<>();
        codes.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    Map<Dimension, DimensionRule> rules() {
        return rules;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Checks parents exist and levels follow them; returns every problem. */
    List<Violation> checkStructure() {
        List<Violation> problems = new ArrayList<>();
        for (Map<String, SchemeCode> m : codes.values()) {
            for (SchemeCode c : m.values()) {
                if (c.parent() == null) {
                    if (c.level() != 1) {
                        problems.add(Violation.of(c.dimension() + "/" + c.code(), "LEVEL",
                                "a code without parent must have level 1 in version " + version));
                    }
                    continue;
                }
                SchemeCode p = m.get(c.parent());
                if (p == null) {
                    problems.add(Violation.of(c.dimension() + "/" + c.code(), "UNKNOWN_PARENT",
                            "parent " + c.parent() + " is not in version " + version));
                } else if (p.level() + 1 != c.level()) {
                    problems.add(Violation.of(c.dimension() + "/" + c.code(), "LEVEL",
                            "level " + c.level() + " does not follow parent level " + p.level() + " in version " + version));
                }
            }
        }
        return problems;
    }

    @Override
    public String toString() {
        return "ClassificationScheme[" + version + ", from " + effectiveFrom + "]";
    }

    static LocalDate date(String s, String what, int line, List<Violation> problems) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            problems.add(Violation.of("line " + line, "DATE", what + " is not an ISO date: " + s));
            return null;
        }
    }
}
