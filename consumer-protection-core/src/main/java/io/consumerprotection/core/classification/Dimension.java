package io.consumerprotection.core.classification;

import io.consumerprotection.spi.internal.Redaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A dimension along which a complaint is classified. {@link #name()} is the key of the dimension in a
 * classification map (spi {@code ComplaintRecord.classification()}, {@code BUSINESS → "06022"}).
 *
 * <p>Multi-valued dimensions ({@link #RIGHT}, {@link #REQUEST}, {@link #GROUP}, {@link #SENSITIVITY}) hold
 * several codes in one map value: the codes sorted and de-duplicated, joined by {@value #SEPARATOR}, for
 * example {@code RIGHT → "01|08"} (see {@link #encode(Collection)} and {@link #decode(String)}). The
 * {@code |} was chosen because the timeline's {@code classification} detail already joins
 * {@code dimension=code} pairs with commas.
 */
public enum Dimension {
    /** Business channel where the matter arose, JR/T 0169-2018 axis A (业务办理渠道). */
    CHANNEL("A", false),
    /** Business category, JR/T 0169-2018 axis B (业务类别). */
    BUSINESS("B", false),
    /** Cause, JR/T 0169-2018 axis C (投诉原因). */
    CAUSE("C", false),
    /** Source: who or what brought the complaint (投诉来源). */
    SOURCE("", false),
    /** The consumer rights concerned, of the eight (消费者权益). */
    RIGHT("", true),
    /** What the complainant asks for (诉求). */
    REQUEST("", true),
    /** Special customer groups (特殊群体). */
    GROUP("", true),
    /** Level: ordinary, complex, major (投诉等级). */
    LEVEL("", false),
    /** Whether the bank is responsible (有责 / 无责). */
    RESPONSIBILITY("", false),
    /** Sensitivity flags (敏感标识). */
    SENSITIVITY("", true);

    /** The separator between the codes of a multi-valued dimension. */
    public static final String SEPARATOR = "|";

    private final String axis;
    private final boolean multiValued;

    Dimension(String axis, boolean multiValued) {
        this.axis = axis;
        this.multiValued = multiValued;
    }

    /** The JR/T 0169-2018 axis letter ({@code A}, {@code B}, {@code C}), or empty for the other dimensions. */
    public Optional<String> axis() {
        return axis.isEmpty() ? Optional.empty() : Optional.of(axis);
    }

    /** Whether one complaint may carry several codes of this dimension. */
    public boolean isMultiValued() {
        return multiValued;
    }

    /** The dimension with this name, or empty. */
    public static Optional<Dimension> find(String name) {
        Objects.requireNonNull(name, "name");
        for (Dimension d : values()) {
            if (d.name().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The codes in a classification map value: one for a single-valued dimension (the value itself, trimmed),
     * the {@code |}-separated codes for a multi-valued one. Blank parts are dropped.
     */
    public List<String> decode(String value) {
        Objects.requireNonNull(value, "value");
        List<String> codes = new ArrayList<>(2);
        int start = 0;
        while (start <= value.length()) {
            int end = value.indexOf('|', start);
            if (end < 0) {
                end = value.length();
            }
            String part = value.substring(start, end).trim();
            if (!part.isEmpty()) {
                codes.add(part);
            }
            start = end + 1;
        }
        return codes;
    }

    /**
     * The map value for these codes: sorted, de-duplicated and joined by {@code |}.
     *
     * @throws IllegalArgumentException if the dimension is single-valued and there is not exactly one code
     */
    public String encode(Collection<String> codes) {
        Objects.requireNonNull(codes, "codes");
        TreeSet<String> sorted = new TreeSet<>();
        for (String c : codes) {
            String t = Objects.requireNonNull(c, "codes element").trim();
            if (t.isEmpty() || t.contains(SEPARATOR)) {
                throw new IllegalArgumentException("codes: an element (" + Redaction.shape(c) + ") is not a code");
            }
            sorted.add(t);
        }
        if (!multiValued && sorted.size() != 1) {
            throw new IllegalArgumentException("codes: " + this + " takes exactly one code, got " + sorted.size());
        }
        return String.join(SEPARATOR, sorted);
    }
}
