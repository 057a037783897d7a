package io.consumerprotection.core.appraisal;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Range;
import io.consumerprotection.core.internal.appraisal.CompetitionRanking;
import io.consumerprotection.spi.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A validated, immutable scorecard: weighted elements scored by indicators, deductions and bonuses per
 * occurrence with caps, veto items and grade bands, with its citations and flagged assumptions.
 *
 * <p>Created by {@link #parse(String)} from the documented text format (see the package documentation)
 * or by {@link #builder(ScorecardId, String)}; both validate and throw {@link InvalidScorecardException}
 * naming every element, indicator, item, band or line at fault. {@link #toText()} writes the text form
 * that {@link #parse} reads back to an equal scorecard; both are {@link ScorecardFormat}'s. Thread-safe.
 */
public final class Scorecard {

    private static final Logger LOG = LoggerFactory.getLogger(Scorecard.class);
    private static final String PBOC_ART_11 = "PBoC Order 2020 No. 5 art. 11";

    private final ScorecardId id;
    private final String version;
    private final String name;
    private final BigDecimal contribution;
    /** The days of data it applies to. */
    private final Range<LocalDate> validity;
    private final List<String> sources;
    private final List<String> assumptions;
    private final List<Element> elements;
    private final List<Adjustment> deductions;
    private final List<Adjustment> bonuses;
    private final BigDecimal deductionCap;
    private final BigDecimal bonusCap;
    private final List<Veto> vetoes;
    private final List<GradeBand> bands;
    private final Set<IndicatorId> required;
    private final List<ScorecardWarning> warnings;
    private final String text;

    private Scorecard(Builder b) {
        this.id = b.id;
        this.version = b.version;
        this.name = b.name == null ? b.id.value() : b.name;
        this.contribution = b.contribution;
        this.validity = validity(b.validFrom, b.validTo);
        this.sources = List.copyOf(b.sources);
        this.assumptions = List.copyOf(b.assumptions);
        this.elements = List.copyOf(b.elements);
        this.deductions = List.copyOf(b.deductions);
        this.bonuses = List.copyOf(b.bonuses);
        this.deductionCap = b.deductionCap;
        this.bonusCap = b.bonusCap;
        this.vetoes = List.copyOf(b.vetoes);
        List<GradeBand> sorted = new ArrayList<>(b.bands);
        sorted.sort(Comparator.comparing(GradeBand::from));
        this.bands = List.copyOf(sorted);
        this.required = collectRequired();
        this.warnings = checkWarnings();
        this.text = ScorecardFormat.text(this);
    }

    /** A builder for a scorecard with this id and version. */
    public static Builder builder(ScorecardId id, String version) {
        return new Builder(id, version);
    }

    // ------------------------------------------------------------------ accessors

    /** Its id. */
    public ScorecardId id() {
        return id;
    }

    /** Its version (a data version recorded in every assessment). */
    public String version() {
        return version;
    }

    /** Its name for people. */
    public String name() {
        return name;
    }

    /** How many points of a wider assessment a score of 100 is worth (100 unless the scorecard says). */
    public BigDecimal contribution() {
        return contribution;
    }

    /** The first day of data it applies to, if limited. */
    public Optional<LocalDate> findValidFrom() {
        return validity.hasLowerBound() ? Optional.of(validity.lowerEndpoint()) : Optional.empty();
    }

    /** The last day of data it applies to, if limited. */
    public Optional<LocalDate> findValidTo() {
        return validity.hasUpperBound() ? Optional.of(validity.upperEndpoint()) : Optional.empty();
    }

    /** The closed range from {@code from} to {@code to}, each end unbounded when {@code null}; from ≤ to. */
    private static Range<LocalDate> validity(LocalDate from, LocalDate to) {
        if (from == null) {
            return to == null ? Range.all() : Range.atMost(to);
        }
        return to == null ? Range.atLeast(from) : Range.closed(from, to);
    }

    /** Its citations. */
    public List<String> sources() {
        return sources;
    }

    /** The assumptions it makes where the rules are not public; a host should review and override them. */
    public List<String> assumptions() {
        return assumptions;
    }

    /** Its elements, in definition order. */
    public List<Element> elements() {
        return elements;
    }

    /** Its deduction items. */
    public List<Adjustment> deductions() {
        return deductions;
    }

    /** Its bonus items. */
    public List<Adjustment> bonuses() {
        return bonuses;
    }

    /** The most points all deductions together take off. */
    public BigDecimal deductionCap() {
        return deductionCap;
    }

    /** The most points all bonuses together add. */
    public BigDecimal bonusCap() {
        return bonusCap;
    }

    /** Its veto items. */
    public List<Veto> vetoes() {
        return vetoes;
    }

    /** Its grade bands, lowest scores first. */
    public List<GradeBand> bands() {
        return bands;
    }

    /** What was found doubtful when it was loaded (for example {@code COMPLAINT_COUNT_ONLY}). */
    public List<ScorecardWarning> warnings() {
        return warnings;
    }

    /** The element with this id. */
    public Optional<Element> findElement(String elementId) {
        return elements.stream().filter(e -> e.id().equals(elementId)).findFirst();
    }

    /** Every indicator id an assessment needs, in id order. */
    public Set<IndicatorId> requiredIndicators() {
        return required;
    }

    private Set<IndicatorId> collectRequired() {
        ImmutableSortedSet.Builder<IndicatorId> ids = ImmutableSortedSet.naturalOrder();
        elements.forEach(e -> e.indicators().forEach(i -> ids.add(i.id())));
        deductions.forEach(a -> ids.add(a.indicator()));
        bonuses.forEach(a -> ids.add(a.indicator()));
        vetoes.forEach(v -> ids.add(v.indicator()));
        return ids.build();
    }

    /** The grade of a score by the bands. */
    public String grade(BigDecimal score) {
        Objects.requireNonNull(score, "score");
        for (GradeBand band : bands) {
            if (band.contains(score)) {
                return band.grade();
            }
        }
        throw new IllegalArgumentException("score " + score + " is outside 0..100");
    }

    /** The position of a grade, 0 for the lowest band. */
    int gradeOrder(String grade) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).grade().equals(grade)) {
                return i;
            }
        }
        throw new IllegalArgumentException("grade " + grade + " is not one of " + id);
    }

    // ------------------------------------------------------------------ assessment

    /** Assesses one unit (rank-based indicators then count the unit as alone). */
    public Assessment assess(UnitId unit, AppraisalPeriod period, IndicatorValues values) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(values, "values");
        return assess(period, Map.of(unit, values)).get(unit);
    }

    /**
     * Assesses every unit for the period, ranks them and keeps the inputs for what-if questions.
     *
     * @throws InvalidAppraisalInputException naming every missing or invalid input, and when the period
     *                                        lies outside the scorecard's validity
     */
    public Appraisal assess(AppraisalPeriod period, Map<UnitId, IndicatorValues> units) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(units, "units");
        if (units.isEmpty()) {
            throw new IllegalArgumentException("units must not be empty");
        }
        TreeMap<UnitId, IndicatorValues> sorted = new TreeMap<>(units);
        checkInputs(period, sorted);
        Map<String, Map<UnitId, ScoringFunction.Standing>> standings = standings(sorted);
        List<Assessment> out = new ArrayList<>();
        sorted.forEach((unit, values) -> out.add(score(unit, period, values, standings)));
        return new Appraisal(this, period, sorted, out);
    }

    private void checkInputs(AppraisalPeriod period, TreeMap<UnitId, IndicatorValues> units) {
        List<Violation> v = new ArrayList<>();
        if (!validity.encloses(Range.closed(period.from(), period.to()))) {
            v.add(Violation.of("period", "OUTSIDE_VALIDITY", "period " + period + " is outside the data range "
                    + findValidFrom().map(LocalDate::toString).orElse("") + ".."
                    + findValidTo().map(LocalDate::toString).orElse("") + " of " + id + " " + version));
        }
        Set<IndicatorId> checks = new HashSet<>();
        elements.forEach(e -> e.indicators().stream().filter(i -> i.function() instanceof ScoringFunction.Check)
                .forEach(i -> checks.add(i.id())));
        Set<IndicatorId> counts = new HashSet<>();
        deductions.forEach(a -> counts.add(a.indicator()));
        bonuses.forEach(a -> counts.add(a.indicator()));
        units.forEach((unit, values) -> {
            if (values == null) {
                v.add(Violation.of("units[" + unit + "]", "MISSING", "no values for unit " + unit));
                return;
            }
            for (IndicatorId ind : requiredIndicators()) {
                String field = "units[" + unit + "]." + ind;
                Optional<IndicatorValue> value = values.find(ind);
                if (value.isEmpty()) {
                    v.add(Violation.of(field, "MISSING", "no value for indicator " + ind));
                    continue;
                }
                BigDecimal x = value.get().value();
                if (checks.contains(ind) && x.compareTo(BigDecimal.ONE) != 0 && x.signum() != 0) {
                    v.add(Violation.of(field, "NOT_YES_NO", "a checklist item takes 1 (yes) or 0 (no), got " + x.toPlainString()));
                }
                if (counts.contains(ind) && x.signum() < 0) {
                    v.add(Violation.of(field, "NEGATIVE", "occurrences must not be negative, got " + x.toPlainString()));
                }
            }
        });
        if (!v.isEmpty()) {
            throw new InvalidAppraisalInputException("cannot assess under " + id + " " + version, v);
        }
    }

    private static String rankKey(Element e, Indicator i) {
        return e.id() + "/" + i.id();
    }

    private Map<String, Map<UnitId, ScoringFunction.Standing>> standings(TreeMap<UnitId, IndicatorValues> units) {
        Map<String, Map<UnitId, ScoringFunction.Standing>> out = new HashMap<>();
        List<UnitId> ids = new ArrayList<>(units.keySet());
        for (Element e : elements) {
            for (Indicator i : e.indicators()) {
                if (i.function() instanceof ScoringFunction.Rank rank) {
                    List<BigDecimal> values = ids.stream().map(u -> units.get(u).find(i.id()).orElseThrow().value()).toList();
                    Comparator<BigDecimal> better = rank.higherIsBetter() ? Comparator.reverseOrder() : Comparator.naturalOrder();
                    int[] ranks = CompetitionRanking.ranks(values, better);
                    Map<UnitId, ScoringFunction.Standing> m = new HashMap<>();
                    for (int k = 0; k < ids.size(); k++) {
                        m.put(ids.get(k), new ScoringFunction.Standing(ranks[k], ids.size()));
                    }
                    out.put(rankKey(e, i), m);
                }
            }
        }
        return out;
    }

    private Assessment score(UnitId unit, AppraisalPeriod period, IndicatorValues values,
                             Map<String, Map<UnitId, ScoringFunction.Standing>> standings) {
        List<ElementResult> elementResults = new ArrayList<>();
        BigDecimal base = BigDecimal.ZERO;
        for (Element e : elements) {
            List<IndicatorResult> results = new ArrayList<>();
            BigDecimal earned = BigDecimal.ZERO;
            for (Indicator i : e.indicators()) {
                IndicatorValue input = values.find(i.id()).orElseThrow();
                ScoringFunction.Standing standing = standings.getOrDefault(rankKey(e, i), Map.of())
                        .getOrDefault(unit, ScoringFunction.Standing.ALONE);
                ScoringFunction.Evaluation ev = i.function().evaluate(input.value(), standing);
                BigDecimal max = Rounding.points(e.weight().multiply(i.share()).divide(Rounding.HUNDRED));
                BigDecimal pts = Rounding.points(e.weight().multiply(i.share()).multiply(ev.fraction())
                        .divide(Rounding.HUNDRED));
                earned = earned.add(pts);
                results.add(new IndicatorResult(i.id(), i.name(), input.value(), input.evidence(), ev.formula(),
                        ev.fraction(), max, pts));
            }
            BigDecimal points = earned.min(e.weight());
            base = base.add(points);
            elementResults.add(new ElementResult(e.id(), e.name(), e.weight(), results, earned, points));
        }
        List<AdjustmentResult> ded = adjust(deductions, values);
        List<AdjustmentResult> bon = adjust(bonuses, values);
        BigDecimal dedTotal = ded.stream().map(AdjustmentResult::points).reduce(BigDecimal.ZERO, BigDecimal::add)
                .min(deductionCap);
        BigDecimal bonTotal = bon.stream().map(AdjustmentResult::points).reduce(BigDecimal.ZERO, BigDecimal::add)
                .min(bonusCap);
        BigDecimal score = Rounding.clamp(Rounding.score(base.subtract(dedTotal).add(bonTotal)),
                BigDecimal.ZERO.setScale(Rounding.SCORE_SCALE), Rounding.HUNDRED.setScale(Rounding.SCORE_SCALE));

        List<VetoResult> vetoResults = new ArrayList<>();
        Veto zero = null;
        Veto forced = null;
        for (Veto veto : vetoes) {
            IndicatorValue input = values.find(veto.indicator()).orElseThrow();
            boolean triggered = input.value().compareTo(veto.atLeast()) >= 0;
            vetoResults.add(new VetoResult(veto, input.value(), input.evidence(), triggered));
            if (triggered && veto.effect() == Veto.Effect.ZERO && zero == null) {
                zero = veto;
            } else if (triggered && veto.effect() == Veto.Effect.FORCE_GRADE
                    && (forced == null || gradeOrder(veto.grade()) < gradeOrder(forced.grade()))) {
                forced = veto;
            }
        }
        String grade;
        String reason;
        if (zero != null) {
            score = BigDecimal.ZERO.setScale(Rounding.SCORE_SCALE);
            grade = bands.get(0).grade();
            reason = "veto " + zero.id() + " (" + zero.name() + "): score 0, lowest grade";
        } else if (forced != null) {
            grade = forced.grade();
            reason = "veto " + forced.id() + " (" + forced.name() + "): grade forced to " + grade;
        } else {
            grade = grade(score);
            GradeBand band = bands.get(gradeOrder(grade));
            reason = "band " + Rounding.plain(band.from()) + ".." + Rounding.plain(band.to());
        }
        BigDecimal contributed = Rounding.points(score.multiply(contribution).divide(Rounding.HUNDRED));
        return new Assessment(id, version, unit, period, elementResults, base, ded, dedTotal, bon, bonTotal,
                vetoResults, score, grade, reason, contributed, values);
    }

    private static List<AdjustmentResult> adjust(List<Adjustment> items, IndicatorValues values) {
        List<AdjustmentResult> out = new ArrayList<>();
        for (Adjustment a : items) {
            IndicatorValue input = values.find(a.indicator()).orElseThrow();
            BigDecimal raw = input.value().multiply(a.pointsPerOccurrence());
            BigDecimal pts = Rounding.points(raw.min(a.cap()));
            String formula = "min(" + Rounding.plain(input.value()) + " x " + Rounding.plain(a.pointsPerOccurrence())
                    + ", cap " + Rounding.plain(a.cap()) + ") = " + Rounding.plain(pts);
            out.add(new AdjustmentResult(a, input.value(), input.evidence(), pts, formula));
        }
        return out;
    }

    // ------------------------------------------------------------------ warnings

    private List<ScorecardWarning> checkWarnings() {
        Set<IndicatorId> complaint = new TreeSet<>();
        for (IndicatorId i : requiredIndicators()) {
            if (i.isComplaintIndicator()) {
                complaint.add(i);
            }
        }
        if (complaint.equals(Set.of(IndicatorId.COMPLAINT_COUNT))) {
            ScorecardWarning w = new ScorecardWarning(ScorecardWarning.COMPLAINT_COUNT_ONLY,
                    "scorecard " + id + " " + version + " appraises complaints by complaint count only; "
                            + "appraisal must also use timeliness and pass rates", PBOC_ART_11);
            LOG.warn("{}: {} ({})", w.code(), w.message(), w.citation());
            return List.of(w);
        }
        return List.of();
    }

    // ------------------------------------------------------------------ text form

    /**
     * Parses a scorecard from the documented text format and validates it.
     *
     * @throws InvalidScorecardException naming every line, element or band at fault
     */
    public static Scorecard parse(String text) {
        return ScorecardFormat.parse(text);
    }

    /** The scorecard in the documented text format; {@link #parse} reads it back to an equal scorecard. */
    public String toText() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scorecard s && text.equals(s.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "Scorecard[" + id + " " + version + "]";
    }

    // ------------------------------------------------------------------ builder

    /** Builds a {@link Scorecard}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {

        private final ScorecardId id;
        private final String version;
        private String name;
        private BigDecimal contribution = Rounding.HUNDRED;
        private LocalDate validFrom;
        private LocalDate validTo;
        private final List<String> sources = new ArrayList<>();
        private final List<String> assumptions = new ArrayList<>();
        private final List<Element> elements = new ArrayList<>();
        private final List<Adjustment> deductions = new ArrayList<>();
        private final List<Adjustment> bonuses = new ArrayList<>();
        private BigDecimal deductionCap = Rounding.HUNDRED;
        private BigDecimal bonusCap = Rounding.HUNDRED;
        private final List<Veto> vetoes = new ArrayList<>();
        private final List<GradeBand> bands = new ArrayList<>();

        private Builder(ScorecardId id, String version) {
            this.id = Objects.requireNonNull(id, "id");
            this.version = Objects.requireNonNull(version, "version");
        }

        /** Its name for people. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Points of a wider assessment a score of 100 is worth (default 100). */
        public Builder contribution(BigDecimal value) {
            this.contribution = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The range of data it applies to; either end may be {@code null} (open). */
        public Builder validity(LocalDate from, LocalDate to) {
            this.validFrom = from;
            this.validTo = to;
            return this;
        }

        /** Adds a citation. */
        public Builder source(String value) {
            sources.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Adds a flagged assumption. */
        public Builder assumption(String value) {
            assumptions.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Adds an element. */
        public Builder element(Element value) {
            elements.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Adds a deduction or bonus item, by its kind. */
        public Builder adjustment(Adjustment value) {
            Objects.requireNonNull(value, "value");
            (value.kind() == Adjustment.Kind.DEDUCTION ? deductions : bonuses).add(value);
            return this;
        }

        /** The most points all deductions together take off (default 100). */
        public Builder deductionCap(BigDecimal value) {
            this.deductionCap = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The most points all bonuses together add (default 100). */
        public Builder bonusCap(BigDecimal value) {
            this.bonusCap = Objects.requireNonNull(value, "value");
            return this;
        }

        /** Adds a veto item. */
        public Builder veto(Veto value) {
            vetoes.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Adds a grade band. */
        public Builder band(String grade, BigDecimal from, BigDecimal to) {
            bands.add(new GradeBand(grade, from, to));
            return this;
        }

        /**
         * Validates and builds.
         *
         * @throws InvalidScorecardException naming every element, indicator, item or band at fault
         */
        public Scorecard build() {
            List<Violation> v = validate();
            if (!v.isEmpty()) {
                throw new InvalidScorecardException(id + " " + version, v);
            }
            return new Scorecard(this);
        }

        private List<Violation> validate() {
            List<Violation> v = new ArrayList<>();
            if (version.isBlank()) {
                v.add(Violation.of("version", "BLANK", "a scorecard needs a version"));
            }
            if (!between(contribution, false)) {
                v.add(Violation.of("contribution", "OUT_OF_RANGE", "contribution must lie in (0, 100], got " + plain(contribution)));
            }
            if (validFrom != null && validTo != null && validFrom.isAfter(validTo)) {
                v.add(Violation.of("valid-from", "AFTER_VALID_TO", "valid-from " + validFrom + " is after valid-to " + validTo));
            }
            validateElements(v);
            validateAdjustments(v, deductions, "deduction");
            validateAdjustments(v, bonuses, "bonus");
            if (!between(deductionCap, true)) {
                v.add(Violation.of("deductions.cap", "OUT_OF_RANGE", "the deduction cap must lie in [0, 100], got " + plain(deductionCap)));
            }
            if (!between(bonusCap, true)) {
                v.add(Violation.of("bonuses.cap", "OUT_OF_RANGE", "the bonus cap must lie in [0, 100], got " + plain(bonusCap)));
            }
            Set<String> grades = validateBands(v);
            Set<String> vetoIds = new HashSet<>();
            for (Veto veto : vetoes) {
                String f = "veto[" + veto.id() + "]";
                if (!vetoIds.add(veto.id())) {
                    v.add(Violation.of(f, "DUPLICATE", "veto " + veto.id() + " is defined twice"));
                }
                if (veto.grade() != null && !grades.contains(veto.grade())) {
                    v.add(Violation.of(f + ".grade", "UNKNOWN_GRADE", "veto " + veto.id() + " forces grade "
                            + veto.grade() + ", which no band has"));
                }
            }
            return v;
        }

        private void validateElements(List<Violation> v) {
            if (elements.isEmpty()) {
                v.add(Violation.of("elements", "EMPTY", "a scorecard needs at least one element"));
                return;
            }
            Set<String> ids = new HashSet<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Element e : elements) {
                String f = "element[" + e.id() + "]";
                if (!ids.add(e.id())) {
                    v.add(Violation.of(f, "DUPLICATE", "element " + e.id() + " is defined twice"));
                }
                total = total.add(e.weight());
                if (e.weight().signum() <= 0) {
                    v.add(Violation.of(f + ".weight", "NOT_POSITIVE", "element " + e.id() + " has weight " + plain(e.weight())));
                }
                if (e.minimumWeight() != null && e.weight().compareTo(e.minimumWeight()) < 0) {
                    v.add(Violation.of(f + ".weight", "BELOW_MINIMUM_WEIGHT", "element " + e.id() + " (" + e.name()
                            + ") weighs " + plain(e.weight()) + ", below its minimum " + plain(e.minimumWeight())));
                }
                if (e.indicators().isEmpty()) {
                    v.add(Violation.of(f + ".indicators", "EMPTY", "element " + e.id() + " has no indicator"));
                    continue;
                }
                Set<IndicatorId> seen = new HashSet<>();
                BigDecimal shares = BigDecimal.ZERO;
                for (Indicator i : e.indicators()) {
                    if (!seen.add(i.id())) {
                        v.add(Violation.of(f + ".indicator[" + i.id() + "]", "DUPLICATE", "indicator " + i.id()
                                + " appears twice in element " + e.id()));
                    }
                    if (i.share().signum() <= 0) {
                        v.add(Violation.of(f + ".indicator[" + i.id() + "].share", "NOT_POSITIVE", "indicator " + i.id()
                                + " has share " + plain(i.share())));
                    }
                    shares = shares.add(i.share());
                }
                if (shares.compareTo(Rounding.HUNDRED) != 0) {
                    v.add(Violation.of(f + ".indicators", "SHARES_NOT_100", "the shares of element " + e.id()
                            + " add up to " + plain(shares) + ", not 100"));
                }
            }
            if (total.compareTo(Rounding.HUNDRED) != 0) {
                v.add(Violation.of("elements", "WEIGHTS_NOT_100", "the element weights add up to " + plain(total) + ", not 100"));
            }
        }

        private static void validateAdjustments(List<Violation> v, List<Adjustment> items, String kind) {
            Set<String> ids = new HashSet<>();
            for (Adjustment a : items) {
                String f = kind + "[" + a.id() + "]";
                if (!ids.add(a.id())) {
                    v.add(Violation.of(f, "DUPLICATE", kind + " " + a.id() + " is defined twice"));
                }
                if (a.pointsPerOccurrence().signum() <= 0) {
                    v.add(Violation.of(f + ".points", "NOT_POSITIVE", kind + " " + a.id() + " has points " + plain(a.pointsPerOccurrence())));
                }
                if (a.cap().signum() <= 0 || a.cap().compareTo(Rounding.HUNDRED) > 0) {
                    v.add(Violation.of(f + ".cap", "OUT_OF_RANGE", kind + " " + a.id() + " has cap " + plain(a.cap())
                            + ", outside (0, 100]"));
                }
            }
        }

        private Set<String> validateBands(List<Violation> v) {
            Set<String> grades = new HashSet<>();
            if (bands.isEmpty()) {
                v.add(Violation.of("bands", "EMPTY", "a scorecard needs grade bands covering 0 to 100"));
                return grades;
            }
            for (GradeBand g : bands) {
                if (!grades.add(g.grade())) {
                    v.add(Violation.of("band[" + g.grade() + "]", "DUPLICATE", "grade " + g.grade() + " has two bands"));
                }
                if (g.from().compareTo(g.to()) >= 0) {
                    v.add(Violation.of("band[" + g.grade() + "]", "EMPTY_BAND", "band " + g.grade() + " runs from "
                            + plain(g.from()) + " to " + plain(g.to())));
                }
            }
            List<GradeBand> sorted = new ArrayList<>(bands);
            sorted.sort(Comparator.comparing(GradeBand::from).thenComparing(GradeBand::to));
            GradeBand first = sorted.get(0);
            if (first.from().signum() != 0) {
                v.add(Violation.of("band[" + first.grade() + "].from", first.from().signum() > 0 ? "GAP" : "OUT_OF_RANGE",
                        "the lowest band " + first.grade() + " starts at " + plain(first.from()) + ", not 0"));
            }
            for (int k = 1; k < sorted.size(); k++) {
                GradeBand prev = sorted.get(k - 1);
                GradeBand g = sorted.get(k);
                int c = g.from().compareTo(prev.to());
                if (c > 0) {
                    v.add(Violation.of("band[" + g.grade() + "].from", "GAP", "no band covers " + plain(prev.to())
                            + " to " + plain(g.from()) + " (between " + prev.grade() + " and " + g.grade() + ")"));
                } else if (c < 0) {
                    v.add(Violation.of("band[" + g.grade() + "].from", "OVERLAP", "band " + g.grade() + " starts at "
                            + plain(g.from()) + ", inside band " + prev.grade() + " (ends at " + plain(prev.to()) + ")"));
                }
            }
            GradeBand last = sorted.get(sorted.size() - 1);
            if (last.to().compareTo(Rounding.HUNDRED) != 0) {
                v.add(Violation.of("band[" + last.grade() + "].to", last.to().compareTo(Rounding.HUNDRED) < 0 ? "GAP" : "OUT_OF_RANGE",
                        "the top band " + last.grade() + " ends at " + plain(last.to()) + ", not 100"));
            }
            return grades;
        }

        private static boolean between(BigDecimal x, boolean zeroAllowed) {
            return (zeroAllowed ? x.signum() >= 0 : x.signum() > 0) && x.compareTo(Rounding.HUNDRED) <= 0;
        }

        private static String plain(BigDecimal x) {
            return Rounding.plain(x);
        }
    }
}
