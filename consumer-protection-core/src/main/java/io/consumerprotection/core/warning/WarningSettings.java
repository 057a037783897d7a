package io.consumerprotection.core.warning;

import java.util.Objects;

/**
 * The settings of the hot-spot early warning, versioned ({@link #version()} goes into each report's data
 * versions). The defaults ({@link #defaults()}) are the ones evaluated in the README.
 *
 * @param granularity        day or week buckets
 * @param baselinePeriods    how many earlier buckets make the baseline (for days: that many earlier same weekdays)
 * @param minimumCount       a surge needs at least this many complaints in the bucket (small cells never alarm)
 * @param alpha              a surge needs {@code P(X >= observed | baseline) < alpha}
 * @param newTopicMinimum    a new topic needs at least this many complaints in the bucket
 * @param repeatThreshold    complaints of one customer (or one product) within the window that raise an alert
 * @param repeatWindowDays   the window of the repeat threshold, in days
 * @param maxNarratives      how many complaint ids an alert lists at most
 * @param seasonal           whether the baseline is seasonal: with a year of history, the recent level is scaled by
 *                           the cell's own rise a year earlier (the same weeks against the weeks before them), so a
 *                           yearly peak (Spring Festival, 双11) does not alarm every year
 */
public record WarningSettings(Granularity granularity, int baselinePeriods, int minimumCount, double alpha,
                              int newTopicMinimum, int repeatThreshold, int repeatWindowDays, int maxNarratives,
                              boolean seasonal) {

    /** The version of the detector and its defaults. */
    public static final String VERSION = "hotspot-2026.2";

    public WarningSettings {
        Objects.requireNonNull(granularity, "granularity");
        if (baselinePeriods < 2) {
            throw new IllegalArgumentException("baselinePeriods must be at least 2, got " + baselinePeriods);
        }
        if (minimumCount < 1 || newTopicMinimum < 1 || repeatThreshold < 2 || repeatWindowDays < 1 || maxNarratives < 1) {
            throw new IllegalArgumentException("minimumCount, newTopicMinimum >= 1, repeatThreshold >= 2, "
                    + "repeatWindowDays, maxNarratives >= 1");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
    }

    /** Settings with the seasonal baseline on. */
    public WarningSettings(Granularity granularity, int baselinePeriods, int minimumCount, double alpha,
                           int newTopicMinimum, int repeatThreshold, int repeatWindowDays, int maxNarratives) {
        this(granularity, baselinePeriods, minimumCount, alpha, newTopicMinimum, repeatThreshold, repeatWindowDays,
                maxNarratives, true);
    }

    /**
     * Weekly buckets, 8 weeks of baseline (seasonal with a year of history), at least 5 complaints, alpha 0.001,
     * new topic 3, repeat 3 in 30 days.
     * On the README's evaluation (300 cells) that is about one false surge alert a month; alpha 0.0001 gives a
     * quarter of that and detects fewer surges.
     */
    public static WarningSettings defaults() {
        return new WarningSettings(Granularity.WEEK, 8, 5, 0.001, 3, 3, 30, 20, true);
    }

    /** A copy with another granularity. */
    public WarningSettings withGranularity(Granularity g) {
        return new WarningSettings(g, baselinePeriods, minimumCount, alpha, newTopicMinimum, repeatThreshold,
                repeatWindowDays, maxNarratives, seasonal);
    }

    /** A copy with another significance level. */
    public WarningSettings withAlpha(double a) {
        return new WarningSettings(granularity, baselinePeriods, minimumCount, a, newTopicMinimum, repeatThreshold,
                repeatWindowDays, maxNarratives, seasonal);
    }

    /** A copy with the seasonal baseline on or off (off: the last {@code baselinePeriods} buckets only). */
    public WarningSettings withSeasonal(boolean on) {
        return new WarningSettings(granularity, baselinePeriods, minimumCount, alpha, newTopicMinimum, repeatThreshold,
                repeatWindowDays, maxNarratives, on);
    }

    /** The version string recorded in reports: detector version and the settings. */
    public String version() {
        return VERSION + ";" + granularity + ",k=" + baselinePeriods + ",min=" + minimumCount + ",alpha=" + alpha
                + ",topic=" + newTopicMinimum + ",repeat=" + repeatThreshold + "/" + repeatWindowDays + "d"
                + (seasonal ? ",seasonal" : "");
    }
}
