package io.consumerprotection.core.internal.warning;

/**
 * Upper-tail probabilities {@code P(X >= k)} of the Poisson and negative-binomial distributions. Each sums
 * the smaller tail from its largest term outwards, with the terms in log space (Lanczos log-gamma), so that
 * large means do not underflow; precise well below the 1e-6 an alert threshold uses.
 */
public final class Tails {

    private static final double[] LANCZOS = {676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};

    private Tails() {
    }

    /** {@code P(X >= k)} for {@code X ~ Poisson(mean)}; 1 for {@code k <= 0}. */
    public static double poissonAtLeast(long k, double mean) {
        if (k <= 0) {
            return 1.0;
        }
        if (mean <= 0) {
            return 0.0;
        }
        double logMean = Math.log(mean);
        if (k > mean) {
            // terms decrease from k upwards
            double term = Math.exp(-mean + k * logMean - logGamma(k + 1.0));
            double sum = 0;
            for (long i = k; term > 0 && (term > 1e-17 * sum); i++) {
                sum += term;
                term *= mean / (i + 1);
            }
            return Math.min(1.0, sum);
        }
        // lower tail P(X <= k-1), terms decrease from k-1 downwards
        long top = k - 1;
        double term = Math.exp(-mean + top * logMean - logGamma(top + 1.0));
        double sum = 0;
        for (long i = top; i >= 0 && term > 0; i--) {
            sum += term;
            term *= i / mean;
        }
        return Math.max(0.0, Math.min(1.0, 1.0 - sum));
    }

    /**
     * {@code P(X >= k)} for a negative binomial with this mean and size (dispersion) {@code r > 0}: variance
     * {@code mean + mean²/r}; as {@code r → ∞} it tends to the Poisson.
     */
    public static double negativeBinomialAtLeast(long k, double mean, double size) {
        if (k <= 0) {
            return 1.0;
        }
        if (mean <= 0) {
            return 0.0;
        }
        if (!(size > 0) || Double.isInfinite(size)) {
            return poissonAtLeast(k, mean);
        }
        double q = mean / (size + mean); // failure probability per trial
        double logP = Math.log(size / (size + mean));
        double logQ = Math.log(q);
        // the mode is below k when k > mean (for the NB the mode is floor((r-1) q / (1-q)) <= mean)
        if (k > mean) {
            double term = Math.exp(logPmf(k, size, logP, logQ));
            double sum = 0;
            for (long i = k; term > 0 && term > 1e-17 * sum && i < k + 10_000_000L; i++) {
                sum += term;
                term *= (i + size) / (i + 1) * q;
            }
            return Math.min(1.0, sum);
        }
        double sum = 0;
        long top = k - 1;
        double term = Math.exp(logPmf(top, size, logP, logQ));
        for (long i = top; i >= 0 && term > 0; i--) {
            sum += term;
            // pmf(i-1) = pmf(i) * i / ((i-1+r) q)
            term *= i / ((i - 1 + size) * q);
        }
        return Math.max(0.0, Math.min(1.0, 1.0 - sum));
    }

    private static double logPmf(long i, double size, double logP, double logQ) {
        return logGamma(i + size) - logGamma(size) - logGamma(i + 1.0) + size * logP + i * logQ;
    }

    /** {@code ln Γ(x)} for {@code x > 0} (Lanczos, g = 7). */
    public static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double a = 0.99999999999980993;
        double t = z + 7.5;
        for (int i = 0; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (z + i + 1);
        }
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
