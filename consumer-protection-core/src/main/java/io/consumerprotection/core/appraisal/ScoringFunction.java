package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A scoring function: turns an indicator's input value into the fraction (normally 0 to 1) of the
 * indicator's points that a unit earns. Every function is exact decimal arithmetic; the fraction is
 * rounded to 6 decimal places, half up.
 *
 * <ul>
 *   <li>{@link Linear}: 0 at {@code from}, 1 at {@code to}, straight line between, flat outside; with
 *       {@code from > to} lower values are better.</li>
 *   <li>{@link Attainment}: {@code value / target}, at most {@code cap} (a cap above 1 rewards
 *       over-attainment, still limited by the element's weight).</li>
 *   <li>{@link Steps}: a step table, first matching row wins.</li>
 *   <li>{@link Rank}: by the unit's competition rank among the units assessed together:
 *       {@code (n - rank) / (n - 1)}, 1 for a unit assessed alone.</li>
 *   <li>{@link Check}: a yes/no checklist item: input 1 (yes) earns all, 0 (no) nothing.</li>
 * </ul>
 */
public sealed interface ScoringFunction {

    /** How the fraction moves when the input grows. */
    enum Direction {
        /** Never decreases when the input grows: higher is better. */
        INCREASING,
        /** Never increases when the input grows: lower is better. */
        DECREASING,
        /** Neither. */
        NONE
    }

    /** Where a unit stands among the units assessed together on one indicator. */
    record Standing(int rank, int of) {

        /** A unit assessed alone. */
        public static final Standing ALONE = new Standing(1, 1);

        public Standing {
            if (of < 1 || rank < 1 || rank > of) {
                throw new IllegalArgumentException("need 1 <= rank <= of, got rank " + rank + " of " + of);
            }
        }
    }

    /**
     * The fraction earned and the formula applied, written out with the numbers.
     *
     * @param fraction the fraction, scale 6
     * @param formula  for example {@code linear 0.85..0.98: (0.96 - 0.85) / (0.98 - 0.85) = 0.846154}
     */
    record Evaluation(BigDecimal fraction, String formula) {
        @Override
        public String toString() {
            return "Evaluation[fraction=" + fraction + ", formula=" + Redaction.text(formula) + "]";
        }
    }

    /**
     * Evaluates the function.
     *
     * @param value    the input value
     * @param standing where the unit stands on this indicator (read by {@link Rank} only)
     * @throws IllegalArgumentException when the value is outside the function's domain (a check that is
     *                                  neither 0 nor 1)
     */
    Evaluation evaluate(BigDecimal value, Standing standing);

    /** How the fraction moves when the input grows. */
    Direction direction();

    /** The highest fraction this function can return. */
    BigDecimal maximum();

    /** The function in the definition format, for example {@code function=linear from=0.85 to=0.98}. */
    String toText();

    /** Linear between two thresholds, flat outside. */
    record Linear(BigDecimal from, BigDecimal to) implements ScoringFunction {

        public Linear {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.compareTo(to) == 0) {
                throw new IllegalArgumentException("from and to must differ, both are " + from);
            }
        }

        @Override
        public Evaluation evaluate(BigDecimal value, Standing standing) {
            BigDecimal f = Rounding.clamp(Rounding.divide(value.subtract(from), to.subtract(from)),
                    BigDecimal.ZERO, BigDecimal.ONE);
            f = Rounding.fraction(f);
            return new Evaluation(f, "linear " + p(from) + ".." + p(to) + ": (" + p(value) + " - " + p(from) + ") / ("
                    + p(to) + " - " + p(from) + ") = " + p(f) + clampNote(value));
        }

        private String clampNote(BigDecimal value) {
            BigDecimal lo = from.min(to);
            BigDecimal hi = from.max(to);
            return value.compareTo(lo) < 0 || value.compareTo(hi) > 0 ? " (outside the thresholds: held at the end)" : "";
        }

        @Override
        public Direction direction() {
            return from.compareTo(to) < 0 ? Direction.INCREASING : Direction.DECREASING;
        }

        @Override
        public BigDecimal maximum() {
            return BigDecimal.ONE;
        }

        @Override
        public String toText() {
            return "function=linear from=" + p(from) + " to=" + p(to);
        }
    }

    /** Attainment ratio {@code value / target} with a cap; negative values earn nothing. */
    record Attainment(BigDecimal target, BigDecimal cap) implements ScoringFunction {

        public Attainment {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(cap, "cap");
            if (target.signum() <= 0) {
                throw new IllegalArgumentException("target must be positive, got " + target);
            }
            if (cap.signum() <= 0) {
                throw new IllegalArgumentException("cap must be positive, got " + cap);
            }
        }

        @Override
        public Evaluation evaluate(BigDecimal value, Standing standing) {
            BigDecimal ratio = Rounding.divide(value.max(BigDecimal.ZERO), target);
            BigDecimal f = Rounding.fraction(ratio.min(cap));
            return new Evaluation(f, "attainment: min(" + p(value.max(BigDecimal.ZERO)) + " / " + p(target) + ", "
                    + p(cap) + ") = " + p(f));
        }

        @Override
        public Direction direction() {
            return Direction.INCREASING;
        }

        @Override
        public BigDecimal maximum() {
            return cap;
        }

        @Override
        public String toText() {
            return "function=attainment target=" + p(target) + " cap=" + p(cap);
        }
    }

    /**
     * A step table: rows {@code >=t:f} with strictly descending thresholds, or {@code <=t:f} with strictly
     * ascending thresholds (all rows the same operator), then {@code else:f}. The first row whose condition
     * holds gives the fraction.
     *
     * @param rows     the rows, in order
     * @param fallback the fraction when no row holds
     */
    record Steps(List<Step> rows, BigDecimal fallback) implements ScoringFunction {

        /** One row: {@code atLeast} true for {@code >=}, false for {@code <=}. */
        public record Step(boolean atLeast, BigDecimal threshold, BigDecimal fraction) {
            public Step {
                Objects.requireNonNull(threshold, "threshold");
                Objects.requireNonNull(fraction, "fraction");
                checkFraction(fraction);
            }

            @Override
            public String toString() {
                return (atLeast ? ">=" : "<=") + p(threshold) + ":" + p(fraction);
            }
        }

        public Steps {
            rows = List.copyOf(rows);
            Objects.requireNonNull(fallback, "fallback");
            checkFraction(fallback);
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("rows must not be empty");
            }
            boolean atLeast = rows.get(0).atLeast();
            for (int i = 1; i < rows.size(); i++) {
                Step prev = rows.get(i - 1);
                Step row = rows.get(i);
                if (row.atLeast() != atLeast) {
                    throw new IllegalArgumentException("rows must all use the same operator: " + rows);
                }
                int c = row.threshold().compareTo(prev.threshold());
                if (atLeast ? c >= 0 : c <= 0) {
                    throw new IllegalArgumentException("thresholds must be strictly "
                            + (atLeast ? "descending for >=" : "ascending for <=") + ": " + rows);
                }
            }
        }

        /** Parses {@code >=1:1,>=0.95:0.6,else:0}. */
        public static Steps parse(String text) {
            Objects.requireNonNull(text, "text");
            List<Step> rows = new ArrayList<>();
            BigDecimal fallback = null;
            for (String part : text.split(",")) {
                String s = part.strip();
                int colon = s.lastIndexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("step '" + s + "' needs condition:fraction");
                }
                String cond = s.substring(0, colon).strip();
                BigDecimal f = new BigDecimal(s.substring(colon + 1).strip());
                if (cond.equals("else")) {
                    fallback = f;
                } else if (fallback != null) {
                    throw new IllegalArgumentException("'else' must be the last step");
                } else if (cond.startsWith(">=") || cond.startsWith("<=")) {
                    rows.add(new Step(cond.startsWith(">="), new BigDecimal(cond.substring(2).strip()), f));
                } else {
                    throw new IllegalArgumentException("step '" + s + "' must start with >=, <= or else");
                }
            }
            return new Steps(rows, fallback == null ? BigDecimal.ZERO : fallback);
        }

        @Override
        public Evaluation evaluate(BigDecimal value, Standing standing) {
            for (Step row : rows) {
                int c = value.compareTo(row.threshold());
                if (row.atLeast() ? c >= 0 : c <= 0) {
                    BigDecimal f = Rounding.fraction(row.fraction());
                    return new Evaluation(f, "steps: " + p(value) + " " + (row.atLeast() ? ">=" : "<=") + " "
                            + p(row.threshold()) + " gives " + p(f));
                }
            }
            BigDecimal f = Rounding.fraction(fallback);
            return new Evaluation(f, "steps: " + p(value) + " meets no row, else gives " + p(f));
        }

        @Override
        public Direction direction() {
            List<BigDecimal> fs = new ArrayList<>();
            rows.forEach(r -> fs.add(r.fraction()));
            fs.add(fallback);
            for (int i = 1; i < fs.size(); i++) {
                if (fs.get(i).compareTo(fs.get(i - 1)) > 0) {
                    return Direction.NONE;
                }
            }
            return rows.get(0).atLeast() ? Direction.INCREASING : Direction.DECREASING;
        }

        @Override
        public BigDecimal maximum() {
            return rows.stream().map(Step::fraction).reduce(fallback, BigDecimal::max);
        }

        @Override
        public String toText() {
            StringBuilder b = new StringBuilder("function=steps steps=");
            for (Step row : rows) {
                b.append(row).append(',');
            }
            return b.append("else:").append(p(fallback)).toString();
        }
    }

    /** By competition rank among the units assessed together: {@code (n - rank) / (n - 1)}. */
    record Rank(boolean higherIsBetter) implements ScoringFunction {

        @Override
        public Evaluation evaluate(BigDecimal value, Standing standing) {
            Objects.requireNonNull(standing, "standing");
            if (standing.of() == 1) {
                return new Evaluation(Rounding.fraction(BigDecimal.ONE), "rank: 1 of 1 = 1");
            }
            BigDecimal f = Rounding.divide(BigDecimal.valueOf(standing.of() - standing.rank()),
                    BigDecimal.valueOf(standing.of() - 1L));
            return new Evaluation(f, "rank: " + standing.rank() + " of " + standing.of() + " ("
                    + (higherIsBetter ? "higher" : "lower") + " is better): (" + standing.of() + " - " + standing.rank()
                    + ") / (" + standing.of() + " - 1) = " + p(f));
        }

        @Override
        public Direction direction() {
            return higherIsBetter ? Direction.INCREASING : Direction.DECREASING;
        }

        @Override
        public BigDecimal maximum() {
            return BigDecimal.ONE;
        }

        @Override
        public String toText() {
            return "function=rank better=" + (higherIsBetter ? "higher" : "lower");
        }
    }

    /** A yes/no checklist item: 1 earns everything, 0 nothing; any other input is refused. */
    record Check() implements ScoringFunction {

        @Override
        public Evaluation evaluate(BigDecimal value, Standing standing) {
            boolean yes;
            if (value.compareTo(BigDecimal.ONE) == 0) {
                yes = true;
            } else if (value.signum() == 0) {
                yes = false;
            } else {
                throw new IllegalArgumentException("a checklist item takes 1 (yes) or 0 (no), got " + p(value));
            }
            BigDecimal f = Rounding.fraction(yes ? BigDecimal.ONE : BigDecimal.ZERO);
            return new Evaluation(f, "check: " + (yes ? "yes" : "no") + " = " + p(f));
        }

        @Override
        public Direction direction() {
            return Direction.INCREASING;
        }

        @Override
        public BigDecimal maximum() {
            return BigDecimal.ONE;
        }

        @Override
        public String toText() {
            return "function=check";
        }
    }

    private static void checkFraction(BigDecimal f) {
        if (f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a step fraction must lie in [0, 1], got " + f);
        }
    }

    private static String p(BigDecimal v) {
        return Rounding.plain(v);
    }

    /** The function name in the definition format, for example {@code linear}. */
    default String name() {
        return getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
