/**
 * Appraisal scorecards: weighted elements scored by indicators, deductions and bonuses per occurrence
 * with caps, veto items (一票否决) and grade bands; assessments of units per period that explain every
 * point, rankings, period comparisons and what-if questions.
 *
 * <p>Built-in scorecards ({@link io.consumerprotection.core.appraisal.ScorecardCatalog#builtIn()}):
 * {@code NFRA-2025} (the 2025 regulatory evaluation, 7 elements with their minimum weights; its grade
 * bands are not public and ship as a flagged assumption), {@code CBIRC-2021} (for 2021 to 2024 data) and
 * {@code BRANCH-2025} (the branch assessment of seed 003, worth 12 points of a branch's 100). They are
 * resources in the text format documented in {@code scorecard-format.md} beside them; a host replaces or
 * adds scorecards through {@link io.consumerprotection.spi.appraisal.ScorecardProvider}.
 *
 * <p>Inputs are {@link io.consumerprotection.core.appraisal.IndicatorValues} per unit: the complaint
 * indicators ({@code complaint.reduction-rate}, {@code complaint.on-time-rate},
 * {@code complaint.satisfaction-rate}, {@code complaint.regulator-transferred},
 * {@code complaint.regulator-transferred-on-time-rate}, {@code complaint.count}) are fed by the statistics
 * package or the host; host facts come from
 * {@link io.consumerprotection.core.appraisal.FactIndicators}; self-assessments and checklist items
 * from the host.
 *
 * <p>Arithmetic is exact {@link java.math.BigDecimal} with half-up rounding: fractions to 6 decimal
 * places, points to 4, the score to 2. Results are deterministic: they do not depend on the order of
 * elements, indicators or units, nor on the locale or time zone.
 */
package io.consumerprotection.core.appraisal;
