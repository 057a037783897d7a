package io.consumerprotection.core.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.consumerprotection.core.internal.warning.Tails;
import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The tail probabilities against naive sums in exact decimal arithmetic. */
class TailsProperties {

    private static final MathContext MC = new MathContext(40);

    /** P(X >= k) = 1 - sum_{i<k} e^-m m^i / i!, with BigDecimal terms. */
    private static double naivePoisson(int k, double mean) {
        BigDecimal m = new BigDecimal(mean);
        BigDecimal e = new BigDecimal(Math.exp(-mean));
        BigDecimal term = BigDecimal.ONE;
        BigDecimal below = BigDecimal.ZERO;
        for (int i = 0; i < k; i++) {
            if (i > 0) {
                term = term.multiply(m, MC).divide(BigDecimal.valueOf(i), MC);
            }
            below = below.add(term, MC);
        }
        return BigDecimal.ONE.subtract(below.multiply(e, MC), MC).doubleValue();
    }

    /** Negative binomial pmf(i) = C(i+r-1, i) p^r (1-p)^i summed naively for integer r. */
    private static double naiveNegativeBinomial(int k, double mean, int r) {
        BigDecimal p = new BigDecimal(r).divide(new BigDecimal(r + mean, MC), MC);
        BigDecimal q = BigDecimal.ONE.subtract(p, MC);
        BigDecimal below = BigDecimal.ZERO;
        BigDecimal binom = BigDecimal.ONE;
        for (int i = 0; i < k; i++) {
            if (i > 0) {
                binom = binom.multiply(BigDecimal.valueOf(i + r - 1L)).divide(BigDecimal.valueOf(i), MC);
            }
            below = below.add(binom.multiply(p.pow(r, MC), MC).multiply(q.pow(i, MC), MC), MC);
        }
        return BigDecimal.ONE.subtract(below, MC).doubleValue();
    }

    @Property(tries = 500)
    void poissonMatchesTheNaiveSum(@ForAll @IntRange(min = 0, max = 80) int k,
                                   @ForAll @DoubleRange(min = 0.05, max = 40) double mean) {
        double expected = naivePoisson(k, mean);
        double actual = Tails.poissonAtLeast(k, mean);
        assertThat(actual).isCloseTo(expected, within(1e-9 + 1e-6 * expected));
    }

    @Property(tries = 500)
    void negativeBinomialMatchesTheNaiveSum(@ForAll @IntRange(min = 0, max = 60) int k,
                                            @ForAll @DoubleRange(min = 0.1, max = 20) double mean,
                                            @ForAll @IntRange(min = 1, max = 30) int size) {
        double expected = naiveNegativeBinomial(k, mean, size);
        double actual = Tails.negativeBinomialAtLeast(k, mean, size);
        assertThat(actual).isCloseTo(expected, within(1e-9 + 1e-6 * expected));
    }

    @Property(tries = 200)
    void tailsDecreaseInK(@ForAll @IntRange(min = 0, max = 200) int k, @ForAll @DoubleRange(min = 0.1, max = 800) double mean) {
        assertThat(Tails.poissonAtLeast(k + 1, mean)).isLessThanOrEqualTo(Tails.poissonAtLeast(k, mean) + 1e-12);
        assertThat(Tails.poissonAtLeast(k, mean)).isBetween(0.0, 1.0);
    }
}
