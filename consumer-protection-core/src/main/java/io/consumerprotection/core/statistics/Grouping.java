package io.consumerprotection.core.statistics;

import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.spi.internal.Redaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How complaints are grouped: by a classification dimension (optionally rolled up to a level, for example
 * business category at major level), by the intake channel or the receiving unit (branch), or by a pair of
 * these. A complaint with several codes of a multi-valued dimension counts in each of their groups (in a
 * pair, its {@code |}-joined codes form one value); a
 * complaint without a code counts in the group {@code ""} (unclassified). Immutable; {@link #toString()} is
 * the canonical form {@link #parse(String)} reads, such as {@code BUSINESS@1*CAUSE@1} or {@code CHANNEL_FIELD}.
 */
public final class Grouping {

    /** One component of a grouping: a dimension at a level (0 = the code as given), or a record field. */
    record Part(Dimension dimension, int level, String field) {
        @Override
        public String toString() {
            if (dimension == null) {
                return field;
            }
            return level == 0 ? dimension.name() : dimension.name() + "@" + level;
        }
    }

    static final String INTAKE_CHANNEL = "CHANNEL_FIELD";
    static final String RECEIVING_UNIT = "UNIT_FIELD";

    private final List<Part> parts;

    private Grouping(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** By the code of a dimension as recorded. */
    public static Grouping by(Dimension dimension) {
        return new Grouping(List.of(new Part(Objects.requireNonNull(dimension, "dimension"), 0, null)));
    }

    /** By the code of a dimension rolled up to a level (1 = major class, 2 = middle class). */
    public static Grouping by(Dimension dimension, int level) {
        if (level < 1) {
            throw new IllegalArgumentException("level must be at least 1: " + level);
        }
        return new Grouping(List.of(new Part(Objects.requireNonNull(dimension, "dimension"), level, null)));
    }

    /** By the record's intake channel (a core {@code Channel} name such as {@code HOTLINE}). */
    public static Grouping intakeChannel() {
        return new Grouping(List.of(new Part(null, 0, INTAKE_CHANNEL)));
    }

    /** By the record's receiving unit (branch). */
    public static Grouping receivingUnit() {
        return new Grouping(List.of(new Part(null, 0, RECEIVING_UNIT)));
    }

    /** This grouping crossed with another: a pair such as business category × cause. */
    public Grouping and(Grouping other) {
        List<Part> p = new ArrayList<>(parts);
        p.addAll(Objects.requireNonNull(other, "other").parts);
        return new Grouping(p);
    }

    /**
     * Parses the canonical form: components joined by {@code *}, each a dimension name with an optional
     * {@code @level}, or {@code CHANNEL_FIELD} or {@code UNIT_FIELD}.
     *
     * @throws IllegalArgumentException if the text is not a grouping
     */
    public static Grouping parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Part> p = new ArrayList<>();
        for (String s : text.split("\\*")) {
            String t = s.trim();
            if (t.equals(INTAKE_CHANNEL) || t.equals(RECEIVING_UNIT)) {
                p.add(new Part(null, 0, t));
                continue;
            }
            String[] dl = t.split("@", 2);
            Dimension d = Dimension.find(dl[0]).orElseThrow(
                    () -> new IllegalArgumentException("text: a component (" + Redaction.shape(t) + ") is not a grouping component"));
            int level;
            try {
                level = dl.length > 1 ? Integer.parseInt(dl[1]) : 0;
            } catch (NumberFormatException e) {
                // not chained: the parser's message repeats the text
                throw new IllegalArgumentException("text: a component (" + Redaction.shape(t)
                        + ") has a level that is not a number");
            }
            if (dl.length > 1 && level < 1) {
                throw new IllegalArgumentException("text: level must be at least 1 in a component (" + Redaction.shape(t) + ")");
            }
            p.add(new Part(d, level, null));
        }
        return new Grouping(p);
    }

    List<Part> parts() {
        return parts;
    }

    /** The number of components (1 for a single grouping, 2 for a pair). */
    public int size() {
        return parts.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grouping g && g.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return parts.stream().map(Part::toString).collect(Collectors.joining("*"));
    }
}
