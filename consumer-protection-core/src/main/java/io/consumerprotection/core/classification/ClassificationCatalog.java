package io.consumerprotection.core.classification;

import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.classification.ClassificationCodeRecord;
import io.consumerprotection.spi.classification.ClassificationSchemeProvider;
import io.consumerprotection.spi.classification.CodeMappingRecord;
import io.consumerprotection.spi.classification.SchemeVersionRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every version of the classification scheme known to the SDK: the bundled versions, plus the local
 * sub-codes and new versions a host adds through a {@link ClassificationSchemeProvider}. Answers which
 * version is in force on a day and how codes map between versions. Immutable and thread-safe.
 *
 * <pre>{@code
 * ClassificationCatalog catalog = ClassificationCatalog.bundled().with(hostProvider);
 * ClassificationScheme scheme = catalog.inForceOn(LocalDate.of(2025, 3, 1));
 * scheme.get(Dimension.BUSINESS, "06022").nameZh();   // 年费
 * }</pre>
 */
public final class ClassificationCatalog {

    private static final String INDEX = "schemes.txt";

    private static final class Bundled {
        static final ClassificationCatalog INSTANCE = load();
    }

    private final List<ClassificationScheme> versions;
    private final Map<String, ClassificationScheme> byVersion;

    private ClassificationCatalog(List<ClassificationScheme> versions) {
        List<ClassificationScheme> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(ClassificationScheme::effectiveFrom));
        Map<String, ClassificationScheme> map = new LinkedHashMap<>();
        List<Violation> problems = new ArrayList<>();
        for (ClassificationScheme s : sorted) {
            if (map.put(s.version(), s) != null) {
                problems.add(Violation.of("version " + s.version(), "DUPLICATE_VERSION", "version given twice"));
            }
        }
        for (ClassificationScheme s : sorted) {
            s.basedOn().ifPresent(b -> {
                ClassificationScheme base = map.get(b);
                if (base == null) {
                    problems.add(Violation.of("version " + s.version(), "UNKNOWN_BASE", "based on unknown version " + b));
                } else if (!base.effectiveFrom().isBefore(s.effectiveFrom())) {
                    problems.add(Violation.of("version " + s.version(), "EFFECTIVE_FROM",
                            "must come into force after its base " + b));
                }
            });
        }
        if (sorted.isEmpty()) {
            problems.add(Violation.of("versions", "REQUIRED", "a catalogue needs at least one version"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidClassificationSchemeException("inconsistent classification scheme versions", problems);
        }
        this.versions = List.copyOf(sorted);
        this.byVersion = map;
    }

    /** The versions bundled with the SDK (read once from the classpath). */
    public static ClassificationCatalog bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * A catalogue of these versions.
     *
     * @throws InvalidClassificationSchemeException if versions repeat or a version's base is missing
     */
    public static ClassificationCatalog of(List<ClassificationScheme> versions) {
        return new ClassificationCatalog(Objects.requireNonNull(versions, "versions"));
    }

    private static ClassificationCatalog load() {
        List<ClassificationScheme> schemes = new ArrayList<>();
        for (String name : resourceLines(INDEX)) {
            try (InputStream in = resource(name)) {
                schemes.add(ClassificationScheme.read(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ClassificationCatalog(schemes);
    }

    private static List<String> resourceLines(String name) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static InputStream resource(String name) {
        InputStream in = ClassificationCatalog.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing: " + name);
        }
        return in;
    }

    /**
     * A catalogue with a host's additions: its new scheme versions, then its local sub-codes. Standard codes
     * are never changed.
     *
     * @throws InvalidClassificationSchemeException listing every problem (a local code under an unknown parent,
     *                                              a local code that reuses an existing code, a version based on
     *                                              an unknown one, ...)
     */
    public ClassificationCatalog with(ClassificationSchemeProvider provider) {
        Objects.requireNonNull(provider, "provider");
        List<Violation> problems = new ArrayList<>();
        Map<String, ClassificationScheme> all = new LinkedHashMap<>(byVersion);
        for (SchemeVersionRecord v : provider.schemeVersions()) {
            ClassificationScheme base = all.get(v.basedOn());
            if (base == null) {
                problems.add(Violation.of(provider.id() + "/" + v.version(), "UNKNOWN_BASE",
                        "based on unknown version " + v.basedOn()));
                continue;
            }
            if (all.containsKey(v.version())) {
                problems.add(Violation.of(provider.id() + "/" + v.version(), "DUPLICATE_VERSION", "version exists"));
                continue;
            }
            all.put(v.version(), derive(base, v, provider.id(), problems));
        }
        Map<String, List<SchemeCode>> locals = new LinkedHashMap<>();
        for (ClassificationCodeRecord r : provider.localCodes()) {
            addLocal(r, all, locals, provider.id(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidClassificationSchemeException("classification scheme provider " + provider.id()
                    + " rejected", problems);
        }
        List<ClassificationScheme> out = new ArrayList<>();
        all.values().forEach(s -> out.add(locals.containsKey(s.version()) ? s.withCodes(locals.get(s.version())) : s));
        return new ClassificationCatalog(out);
    }

    /**
     * A catalogue with one more whole version, such as a host's scheme file read with
     * {@link ClassificationScheme#read}. The problems name the directive at fault ({@code @version},
     * {@code @based-on}, {@code @effective-from}, {@code @map DIMENSION old}).
     *
     * @throws InvalidClassificationSchemeException if the version exists already, its base is not in this
     *                                              catalogue or does not come into force before it, or its
     *                                              mapping names a code its base does not have
     */
    public ClassificationCatalog with(ClassificationScheme version) {
        Objects.requireNonNull(version, "version");
        List<Violation> problems = new ArrayList<>();
        if (byVersion.containsKey(version.version())) {
            problems.add(Violation.of("@version", "DUPLICATE_VERSION", "version " + version.version() + " exists"));
        }
        version.basedOn().ifPresent(b -> {
            ClassificationScheme base = byVersion.get(b);
            if (base == null) {
                problems.add(Violation.of("@based-on", "UNKNOWN_BASE", "based on unknown version " + b
                        + "; the catalogue has " + byVersion.keySet()));
                return;
            }
            if (!base.effectiveFrom().isBefore(version.effectiveFrom())) {
                problems.add(Violation.of("@effective-from", "EFFECTIVE_FROM", "must come into force after its base "
                        + b + " (" + base.effectiveFrom() + ")"));
            }
            version.mappingFromBase().ifPresent(m -> {
                for (Dimension d : Dimension.values()) {
                    for (String old : m.entries(d).keySet()) {
                        if (base.find(d, old).isEmpty()) {
                            problems.add(Violation.of("@map " + d + " " + old, "UNKNOWN_CODE",
                                    d + " code " + old + " is not in scheme version " + b));
                        }
                    }
                }
            });
        });
        if (!problems.isEmpty()) {
            throw new InvalidClassificationSchemeException("classification scheme " + version.version()
                    + " rejected", problems);
        }
        List<ClassificationScheme> out = new ArrayList<>(versions);
        out.add(version);
        return new ClassificationCatalog(out);
    }

    /**
     * The catalogue of a host that pins {@code version}: that version and those in force before it. The later
     * ones are left out, so {@link #latest()} is {@code version} and no day is in force under a later version.
     *
     * @throws UnknownClassificationCodeException when there is no such version
     */
    public ClassificationCatalog upTo(String version) {
        ClassificationScheme pinned = version(version);
        List<ClassificationScheme> kept = new ArrayList<>();
        for (ClassificationScheme s : versions) {
            kept.add(s);
            if (s == pinned) {
                break;
            }
        }
        return new ClassificationCatalog(kept);
    }

    private static ClassificationScheme derive(ClassificationScheme base, SchemeVersionRecord v, String providerId,
                                               List<Violation> problems) {
        Map<Dimension, Map<String, List<String>>> mapping = new EnumMap<>(Dimension.class);
        for (CodeMappingRecord m : v.mappings()) {
            Optional<Dimension> d = Dimension.find(m.dimension());
            if (d.isEmpty()) {
                problems.add(Violation.of(providerId + "/" + v.version(), "UNKNOWN_DIMENSION",
                        "mapping names unknown dimension " + m.dimension()));
                continue;
            }
            if (base.find(d.get(), m.oldCode()).isEmpty()) {
                problems.add(Violation.of(providerId + "/" + v.version(), "UNKNOWN_CODE",
                        d.get() + " code " + m.oldCode() + " is not in scheme version " + base.version()));
            }
            mapping.computeIfAbsent(d.get(), k -> new LinkedHashMap<>()).put(m.oldCode(), m.newCodes());
        }
        Map<String, SchemeCode> codes = new LinkedHashMap<>();
        for (SchemeCode c : base.allCodes()) {
            if (c.local()) {
                continue;
            }
            List<String> news = mapping.getOrDefault(c.dimension(), Map.of()).get(c.code());
            if (news == null || news.contains(c.code())) {
                codes.put(c.dimension() + "/" + c.code(), c);
            }
        }
        for (ClassificationCodeRecord r : v.codes()) {
            Optional<Dimension> d = Dimension.find(r.dimension());
            if (d.isEmpty()) {
                problems.add(Violation.of(providerId + "/" + v.version(), "UNKNOWN_DIMENSION",
                        "code names unknown dimension " + r.dimension()));
                continue;
            }
            try {
                codes.put(d.get() + "/" + r.code(), new SchemeCode(d.get(), r.code(), blankToNull(r.parent()),
                        r.level(), r.nameZh(), r.nameEn(), r.officialCode(), r.validFrom(), r.validTo(), v.version(),
                        r.source(), false));
            } catch (IllegalArgumentException e) {
                problems.add(Violation.of(providerId + "/" + v.version() + "/" + r.code(), "CODE", e.getMessage()));
            }
        }
        ClassificationScheme s = new ClassificationScheme(v.version(), v.effectiveFrom(), base.version(), providerId,
                base.rules(), codes.values(), CodeMapping.of(base.version(), v.version(), mapping));
        problems.addAll(s.checkStructure());
        return s;
    }

    private static void addLocal(ClassificationCodeRecord r, Map<String, ClassificationScheme> all,
                                 Map<String, List<SchemeCode>> locals, String providerId,
                                 List<Violation> problems) {
        String where = providerId + "/" + r.dimension() + "/" + r.code();
        Optional<Dimension> d = Dimension.find(r.dimension());
        if (d.isEmpty()) {
            problems.add(Violation.of(where, "UNKNOWN_DIMENSION", "unknown dimension " + r.dimension()));
            return;
        }
        if (r.parent() == null || r.parent().isBlank()) {
            problems.add(Violation.of(where, "PARENT_REQUIRED", "a local code needs a standard parent"));
            return;
        }
        List<ClassificationScheme> targets = new ArrayList<>();
        if (r.schemeVersion() == null || r.schemeVersion().isBlank()) {
            all.values().stream().filter(s -> s.find(d.get(), r.parent()).isPresent()).forEach(targets::add);
        } else if (all.containsKey(r.schemeVersion())) {
            targets.add(all.get(r.schemeVersion()));
        } else {
            problems.add(Violation.of(where, "UNKNOWN_VERSION", "scheme version " + r.schemeVersion() + " does not exist"));
            return;
        }
        if (targets.isEmpty()) {
            problems.add(Violation.of(where, "UNKNOWN_PARENT", d.get() + " parent " + r.parent() + " is in no scheme version"));
        }
        for (ClassificationScheme s : targets) {
            Optional<SchemeCode> parent = s.find(d.get(), r.parent());
            if (parent.isEmpty()) {
                problems.add(Violation.of(where, "UNKNOWN_PARENT",
                        d.get() + " parent " + r.parent() + " is not in scheme version " + s.version()));
                continue;
            }
            List<SchemeCode> added = locals.computeIfAbsent(s.version(), k -> new ArrayList<>());
            boolean taken = s.find(d.get(), r.code()).isPresent()
                    || added.stream().anyMatch(c -> c.dimension() == d.get() && c.code().equals(r.code()));
            if (taken) {
                problems.add(Violation.of(where, "CODE_TAKEN",
                        d.get() + " code " + r.code() + " already exists in scheme version " + s.version()));
                continue;
            }
            if (r.level() != parent.get().level() + 1) {
                problems.add(Violation.of(where, "LEVEL", "level " + r.level() + " does not follow parent level "
                        + parent.get().level() + " in scheme version " + s.version()));
                continue;
            }
            try {
                added.add(new SchemeCode(d.get(), r.code(), r.parent(), r.level(), r.nameZh(), r.nameEn(),
                        r.officialCode(), r.validFrom(), r.validTo(), s.version(),
                        r.source().isEmpty() ? providerId : r.source(), true));
            } catch (IllegalArgumentException e) {
                problems.add(Violation.of(where, "CODE", e.getMessage()));
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Every version, oldest first. */
    public List<ClassificationScheme> versions() {
        return versions;
    }

    /** The newest version. */
    public ClassificationScheme latest() {
        return versions.get(versions.size() - 1);
    }

    /** The version with this id, or empty. */
    public Optional<ClassificationScheme> findVersion(String version) {
        return Optional.ofNullable(byVersion.get(Objects.requireNonNull(version, "version")));
    }

    /**
     * The version with this id.
     *
     * @throws UnknownClassificationCodeException when there is none
     */
    public ClassificationScheme version(String version) {
        return findVersion(version).orElseThrow(() -> new UnknownClassificationCodeException(version));
    }

    /** The version in force on a day (the newest whose effective date is not after it), or empty. */
    public Optional<ClassificationScheme> findInForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        ClassificationScheme found = null;
        for (ClassificationScheme s : versions) {
            if (!s.effectiveFrom().isAfter(day)) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The version in force on a day.
     *
     * @throws InvalidClassificationException with rule {@code NO_SCHEME_IN_FORCE} when the day is before every version
     */
    public ClassificationScheme inForceOn(LocalDate day) {
        return findInForceOn(day).orElseThrow(() -> new InvalidClassificationException("none", List.of(
                Violation.of("receivedOn", "NO_SCHEME_IN_FORCE", "no classification scheme version is in force on "
                        + day + "; the first comes into force on " + versions.get(0).effectiveFrom()))));
    }

    /**
     * The mapping from the codes of one version to those of a later one, composed along the chain of
     * versions in between.
     *
     * @throws IllegalArgumentException if {@code toVersion} is not derived from {@code fromVersion}
     */
    public CodeMapping mapping(String fromVersion, String toVersion) {
        version(fromVersion);
        List<ClassificationScheme> chain = new ArrayList<>();
        ClassificationScheme s = version(toVersion);
        while (!s.version().equals(fromVersion)) {
            chain.add(0, s);
            Optional<String> base = s.basedOn();
            if (base.isEmpty()) {
                throw new IllegalArgumentException("toVersion: " + toVersion + " is not derived from " + fromVersion);
            }
            s = version(base.get());
        }
        CodeMapping m = CodeMapping.identity(fromVersion);
        for (ClassificationScheme step : chain) {
            String base = step.basedOn().orElseThrow();
            CodeMapping next = step.mappingFromBase().orElseGet(() -> CodeMapping.of(base, step.version(), Map.of()));
            m = m.andThen(next);
        }
        return m;
    }

    @Override
    public String toString() {
        return "ClassificationCatalog" + byVersion.keySet();
    }
}
