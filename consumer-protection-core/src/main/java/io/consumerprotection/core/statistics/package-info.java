/**
 * Complaint statistics over a stream of complaint records in one pass: counts by any dimension or pair of
 * dimensions, shares, year-on-year and period-on-period change, on-time, satisfaction, repeat and
 * escalation rates, regulator-transferred figures, normalised rates and the regulator's periodic table.
 *
 * <h2>Arithmetic</h2>
 * Counts are exact {@code long}s. A percentage is computed once, from the exact counts, with
 * {@link java.math.BigDecimal} and rounded to one decimal with {@link java.math.RoundingMode#HALF_UP} (a
 * tie goes away from zero: 31.25 % is 31.3 %, −15.75 % is −15.8 %); nothing is rounded twice. A rate whose
 * denominator is zero, or a change from zero, has no value ({@code Optional.empty()}).
 */
package io.consumerprotection.core.statistics;
