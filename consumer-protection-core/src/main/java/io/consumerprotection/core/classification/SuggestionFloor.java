package io.consumerprotection.core.classification;

import java.util.Optional;

/**
 * The confidence below which a screen shows no suggestion rather than a guess: "no confident suggestion" is an
 * answer, not an error. The first suggestion of a dimension is offered only when its {@link Suggestion#confidence()}
 * reaches the floor; below it {@link #find} is empty and {@link #abstains} is true. Immutable.
 *
 * <p>{@link #defaults()} is {@value #DEFAULT}: chosen on the development half of the public narratives
 * ({@code public-narratives.tsv}, never on its test half) when that half held 31 narratives, as the lowest floor, in
 * steps of 0.1, at which the business suggestions kept there were right at least nine times in ten (0.4 kept 90%,
 * 89% right; 0.5 kept 74%, 91% right). On the 302 narratives now (dictionary 2026.3), 0.5 keeps 80% of the
 * development half's business suggestions, 88% right, and on the test half 75.5% of the business suggestions, 80.8%
 * right (75.3% without a floor), and 59.1% of the cause suggestions, 66.0% right (56.5% without). A bank that prefers
 * more suggestions
 * and more wrong ones lowers it with {@link #of(double)}.
 */
public final class SuggestionFloor {

    /** The default floor. */
    public static final double DEFAULT = 0.5;

    private static final SuggestionFloor DEFAULTS = new SuggestionFloor(DEFAULT);

    private final double minimum;

    private SuggestionFloor(double minimum) {
        this.minimum = minimum;
    }

    /** The documented default floor, {@value #DEFAULT}. */
    public static SuggestionFloor defaults() {
        return DEFAULTS;
    }

    /**
     * A floor of the given confidence; 0 never abstains while there is evidence.
     *
     * @throws IllegalArgumentException if {@code minimum} is not between 0 and 1 (rule {@code FLOOR_RANGE})
     */
    public static SuggestionFloor of(double minimum) {
        if (!(minimum >= 0 && minimum <= 1)) {
            throw new IllegalArgumentException("minimum: FLOOR_RANGE, a confidence floor lies between 0 and 1, not "
                    + minimum);
        }
        return new SuggestionFloor(minimum);
    }

    /** The minimum confidence of a suggestion offered. */
    public double minimum() {
        return minimum;
    }

    /** The first suggestion of the dimension if it reaches the floor; empty is "no confident suggestion". */
    public Optional<Suggestion> find(Suggestions suggestions, Dimension dimension) {
        return suggestions.top(dimension).filter(s -> s.confidence() >= minimum && s.confidence() > 0);
    }

    /** Whether the floor withholds the dimension's suggestion (also when there is none). */
    public boolean abstains(Suggestions suggestions, Dimension dimension) {
        return find(suggestions, dimension).isEmpty();
    }

    @Override
    public String toString() {
        return "SuggestionFloor[" + minimum + "]";
    }
}
