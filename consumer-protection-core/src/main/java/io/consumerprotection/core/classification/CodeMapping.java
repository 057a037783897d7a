package io.consumerprotection.core.classification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The mapping from the codes of one scheme version to those of a later one, so that statistics across a
 * change stay comparable. Each mapped old code goes to one new code (one-to-one), to several (a split: the
 * first is the primary code, used when one code is needed), or shares its new code with other old codes (a
 * merge). A code that is not mapped is unchanged. Immutable.
 */
public final class CodeMapping {

    private final String fromVersion;
    private final String toVersion;
    private final Map<Dimension, Map<String, List<String>>> entries;
    private final Map<Dimension, Map<String, Integer>> targetCounts;

    private CodeMapping(String fromVersion, String toVersion, Map<Dimension, Map<String, List<String>>> entries) {
        this.fromVersion = Objects.requireNonNull(fromVersion, "fromVersion");
        this.toVersion = Objects.requireNonNull(toVersion, "toVersion");
        Map<Dimension, Map<String, List<String>>> copy = new EnumMap<>(Dimension.class);
        Map<Dimension, Map<String, Integer>> counts = new EnumMap<>(Dimension.class);
        entries.forEach((d, m) -> {
            Map<String, List<String>> inner = new LinkedHashMap<>();
            Map<String, Integer> c = new HashMap<>();
            m.forEach((old, news) -> {
                inner.put(old, List.copyOf(news));
                news.forEach(n -> c.merge(n, 1, Integer::sum));
            });
            copy.put(d, Map.copyOf(inner));
            counts.put(d, Map.copyOf(c));
        });
        this.entries = copy;
        this.targetCounts = counts;
    }

    /**
     * A mapping from its entries: per dimension, old code to new codes (primary first; an empty list retires
     * the code without successor).
     */
    public static CodeMapping of(String fromVersion, String toVersion,
                                 Map<Dimension, Map<String, List<String>>> entries) {
        Objects.requireNonNull(entries, "entries");
        return new CodeMapping(fromVersion, toVersion, entries);
    }

    /** The identity mapping of a version onto itself. */
    public static CodeMapping identity(String version) {
        return new CodeMapping(version, version, Map.of());
    }

    /** The old version. */
    public String fromVersion() {
        return fromVersion;
    }

    /** The new version. */
    public String toVersion() {
        return toVersion;
    }

    /** The explicitly mapped old codes of a dimension, with their new codes. */
    public Map<String, List<String>> entries(Dimension dimension) {
        return entries.getOrDefault(Objects.requireNonNull(dimension, "dimension"), Map.of());
    }

    /** The new codes of an old code: itself when unmapped, empty when retired without successor. */
    public List<String> translate(Dimension dimension, String oldCode) {
        Objects.requireNonNull(oldCode, "oldCode");
        List<String> news = entries(dimension).get(oldCode);
        return news == null ? List.of(oldCode) : news;
    }

    /**
     * The one new code to count an old code under: the code itself when unmapped, the primary new code of a
     * split; {@code null} when it was retired without successor.
     */
    public String primary(Dimension dimension, String oldCode) {
        List<String> news = translate(dimension, oldCode);
        return news.isEmpty() ? null : news.get(0);
    }

    /** How an old code relates to the new version. */
    public MappingKind kind(Dimension dimension, String oldCode) {
        List<String> news = entries(dimension).get(Objects.requireNonNull(oldCode, "oldCode"));
        if (news == null) {
            return MappingKind.UNCHANGED;
        }
        if (news.isEmpty()) {
            return MappingKind.RETIRED;
        }
        if (news.size() > 1) {
            return MappingKind.SPLIT;
        }
        int sharing = targetCounts.get(dimension).getOrDefault(news.get(0), 0);
        return sharing > 1 ? MappingKind.MERGE : MappingKind.ONE_TO_ONE;
    }

    /** This mapping followed by {@code next} (whose old version must be this mapping's new version). */
    public CodeMapping andThen(CodeMapping next) {
        Objects.requireNonNull(next, "next");
        if (!next.fromVersion.equals(toVersion)) {
            throw new IllegalArgumentException("next: maps from " + next.fromVersion + ", not " + toVersion);
        }
        Map<Dimension, Map<String, List<String>>> composed = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            Map<String, List<String>> m = new LinkedHashMap<>();
            entries(d).forEach((old, mids) -> {
                List<String> out = new ArrayList<>();
                mids.forEach(mid -> next.translate(d, mid).forEach(n -> {
                    if (!out.contains(n)) {
                        out.add(n);
                    }
                }));
                m.put(old, out);
            });
            next.entries(d).forEach(m::putIfAbsent);
            if (!m.isEmpty()) {
                composed.put(d, m);
            }
        }
        return new CodeMapping(fromVersion, next.toVersion, composed);
    }

    @Override
    public String toString() {
        return "CodeMapping[" + fromVersion + " -> " + toVersion + "]";
    }
}
