package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a scorecard, for example {@code NFRA-2025}: letters, digits, {@code .}, {@code _} and
 * {@code -}, starting with a letter or digit.
 *
 * @param value the id
 */
public record ScorecardId(String value) implements Comparable<ScorecardId> {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** The built-in NFRA 2025 regulatory evaluation. */
    public static final ScorecardId NFRA_2025 = new ScorecardId("NFRA-2025");
    /** The built-in CBIRC 2021 regulatory evaluation (for 2021 to 2024 data). */
    public static final ScorecardId CBIRC_2021 = new ScorecardId("CBIRC-2021");
    /** The built-in branch assessment from seed 003. */
    public static final ScorecardId BRANCH_2025 = new ScorecardId("BRANCH-2025");

    public ScorecardId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("value (" + Redaction.shape(value) + ") is not a scorecard id (" + FORM + ")");
        }
    }

    /** The id with this text. */
    public static ScorecardId of(String value) {
        return new ScorecardId(value);
    }

    @Override
    public int compareTo(ScorecardId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
