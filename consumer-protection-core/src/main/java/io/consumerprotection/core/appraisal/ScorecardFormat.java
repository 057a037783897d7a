package io.consumerprotection.core.appraisal;

import io.consumerprotection.core.internal.appraisal.DefinitionLine;
import io.consumerprotection.spi.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The scorecard text format (documented in the package documentation), like the calendar's
 * {@code HolidayCalendarFormat} and the deadline's {@code DeadlinePolicyFormat}: {@link #parse} reads and validates a
 * definition, {@link #write} writes the form that {@code parse} reads back to an equal scorecard.
 * {@link Scorecard#parse} and {@link Scorecard#toText} are the same operations. Stateless and thread-safe.
 */
public final class ScorecardFormat {

    private ScorecardFormat() {
    }

    /**
     * Parses a scorecard from the text format and validates it.
     *
     * @throws InvalidScorecardException naming every line, element or band at fault
     */
    public static Scorecard parse(String text) {
        Objects.requireNonNull(text, "text");
        return new ScorecardReader(text).read();
    }

    /** The scorecard in the text format. */
    public static String write(Scorecard s) {
        Objects.requireNonNull(s, "scorecard");
        return s.toText();
    }

    /** The text of a scorecard being constructed (its fields set, its text not yet). */
    static String text(Scorecard s) {
        StringBuilder b = new StringBuilder();
        b.append("scorecard id=").append(s.id()).append(" version=").append(q(s.version())).append(" name=").append(q(s.name()))
                .append(" contribution=").append(Rounding.plain(s.contribution()));
        s.findValidFrom().ifPresent(d -> b.append(" valid-from=").append(d));
        s.findValidTo().ifPresent(d -> b.append(" valid-to=").append(d));
        b.append('\n');
        s.sources().forEach(x -> b.append("source text=").append(q(x)).append('\n'));
        s.assumptions().forEach(x -> b.append("assumption text=").append(q(x)).append('\n'));
        for (Element e : s.elements()) {
            b.append("element id=").append(q(e.id())).append(" name=").append(q(e.name())).append(" weight=")
                    .append(Rounding.plain(e.weight()));
            if (e.minimumWeight() != null) {
                b.append(" min=").append(Rounding.plain(e.minimumWeight()));
            }
            src(b, e.source());
            for (Indicator i : e.indicators()) {
                b.append("indicator element=").append(q(e.id())).append(" id=").append(i.id()).append(" name=")
                        .append(q(i.name())).append(" share=").append(Rounding.plain(i.share())).append(' ')
                        .append(i.function().toText());
                src(b, i.source());
            }
        }
        b.append("deductions cap=").append(Rounding.plain(s.deductionCap())).append('\n');
        s.deductions().forEach(a -> adjustmentLine(b, "deduction", a));
        b.append("bonuses cap=").append(Rounding.plain(s.bonusCap())).append('\n');
        s.bonuses().forEach(a -> adjustmentLine(b, "bonus", a));
        for (Veto v : s.vetoes()) {
            b.append("veto id=").append(q(v.id())).append(" name=").append(q(v.name())).append(" indicator=")
                    .append(v.indicator()).append(" at-least=").append(Rounding.plain(v.atLeast())).append(" effect=")
                    .append(v.effect() == Veto.Effect.ZERO ? "zero" : "grade grade=" + q(v.grade()));
            src(b, v.source());
        }
        s.bands().forEach(g -> b.append("band grade=").append(q(g.grade())).append(" from=").append(Rounding.plain(g.from()))
                .append(" to=").append(Rounding.plain(g.to())).append('\n'));
        return b.toString();
    }

    private static void adjustmentLine(StringBuilder b, String kw, Adjustment a) {
        b.append(kw).append(" id=").append(q(a.id())).append(" name=").append(q(a.name())).append(" indicator=")
                .append(a.indicator()).append(" points=").append(Rounding.plain(a.pointsPerOccurrence())).append(" cap=")
                .append(Rounding.plain(a.cap()));
        src(b, a.source());
    }

    private static void src(StringBuilder b, String source) {
        if (!source.isEmpty()) {
            b.append(" source=").append(q(source));
        }
        b.append('\n');
    }

    private static String q(String s) {
        return DefinitionLine.quote(s);
    }

    /** Reads the text format into a builder, collecting every error with its line. */
    private static final class ScorecardReader {

        private final String text;
        private final List<Violation> errors = new ArrayList<>();
        private String where = "?";

        ScorecardReader(String text) {
            this.text = text;
        }

        Scorecard read() {
            List<DefinitionLine> lines;
            try {
                lines = DefinitionLine.split(text);
            } catch (IllegalArgumentException e) {
                throw new InvalidScorecardException("definition", List.of(Violation.of("text", "SYNTAX", e.getMessage())));
            }
            if (lines.isEmpty() || !lines.get(0).keyword().equals("scorecard")) {
                throw new InvalidScorecardException("definition", List.of(Violation.of("line 1", "NO_HEADER",
                        "a definition starts with a 'scorecard id=… version=…' line")));
            }
            DefinitionLine head = lines.get(0);
            Scorecard.Builder b;
            ScorecardId scorecard;
            try {
                allow(head, "id", "version", "name", "contribution", "valid-from", "valid-to");
                scorecard = ScorecardId.of(req(head, "id"));
                b = Scorecard.builder(scorecard, req(head, "version"));
            } catch (IllegalArgumentException e) {
                throw new InvalidScorecardException("definition", List.of(Violation.of("line " + head.number(), "BAD_HEADER", e.getMessage())));
            }
            where = scorecard.value();
            line(head, () -> {
                b.name(head.attributes().get("name"));
                opt(head, "contribution").ifPresent(c -> b.contribution(num(head, "contribution")));
                b.validity(date(head, "valid-from"), date(head, "valid-to"));
            });
            Map<String, List<Indicator>> indicators = new LinkedHashMap<>();
            Map<String, DefinitionLine> elementLines = new LinkedHashMap<>();
            for (DefinitionLine l : lines.subList(1, lines.size())) {
                line(l, () -> {
                    switch (l.keyword()) {
                        case "source" -> {
                            allow(l, "text");
                            b.source(req(l, "text"));
                        }
                        case "assumption" -> {
                            allow(l, "text");
                            b.assumption(req(l, "text"));
                        }
                        case "element" -> {
                            allow(l, "id", "name", "weight", "min", "source");
                            String id = req(l, "id");
                            if (elementLines.putIfAbsent(id, l) != null) {
                                throw new IllegalArgumentException("element " + id + " is defined twice");
                            }
                            indicators.put(id, new ArrayList<>());
                        }
                        case "indicator" -> {
                            allow(l, "element", "id", "name", "share", "function", "from", "to", "target", "cap",
                                    "steps", "better", "source");
                            String element = req(l, "element");
                            if (!indicators.containsKey(element)) {
                                throw new IllegalArgumentException("indicator " + l.attributes().get("id")
                                        + " names element " + element + ", which is not defined above it");
                            }
                            indicators.get(element).add(new Indicator(IndicatorId.of(req(l, "id")), l.attributes().get("name"),
                                    num(l, "share"), function(l), l.attributes().get("source")));
                        }
                        case "deductions" -> {
                            allow(l, "cap");
                            b.deductionCap(num(l, "cap"));
                        }
                        case "bonuses" -> {
                            allow(l, "cap");
                            b.bonusCap(num(l, "cap"));
                        }
                        case "deduction", "bonus" -> {
                            allow(l, "id", "name", "indicator", "points", "cap", "source");
                            b.adjustment(new Adjustment(l.keyword().equals("bonus") ? Adjustment.Kind.BONUS
                                    : Adjustment.Kind.DEDUCTION, req(l, "id"), l.attributes().get("name"),
                                    IndicatorId.of(req(l, "indicator")), num(l, "points"), num(l, "cap"),
                                    l.attributes().get("source")));
                        }
                        case "veto" -> {
                            allow(l, "id", "name", "indicator", "at-least", "effect", "grade", "source");
                            String effect = req(l, "effect");
                            Veto.Effect e = switch (effect) {
                                case "zero" -> Veto.Effect.ZERO;
                                case "grade" -> Veto.Effect.FORCE_GRADE;
                                default -> throw new IllegalArgumentException("effect must be zero or grade, not " + effect);
                            };
                            b.veto(new Veto(req(l, "id"), l.attributes().get("name"), IndicatorId.of(req(l, "indicator")),
                                    num(l, "at-least"), e, e == Veto.Effect.FORCE_GRADE ? req(l, "grade") : null,
                                    l.attributes().get("source")));
                        }
                        case "band" -> {
                            allow(l, "grade", "from", "to");
                            b.band(req(l, "grade"), num(l, "from"), num(l, "to"));
                        }
                        case "scorecard" -> throw new IllegalArgumentException("only one scorecard line is allowed");
                        default -> throw new IllegalArgumentException("unknown keyword '" + l.keyword() + "'");
                    }
                });
            }
            elementLines.forEach((id, l) -> line(l, () -> b.element(new Element(id, l.attributes().get("name"),
                    num(l, "weight"), opt(l, "min").isPresent() ? num(l, "min") : null, indicators.get(id),
                    l.attributes().get("source")))));
            if (!errors.isEmpty()) {
                throw new InvalidScorecardException(where, errors);
            }
            return b.build();
        }

        private void line(DefinitionLine l, Runnable r) {
            try {
                r.run();
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(Violation.of("line " + l.number(), "SYNTAX", l.keyword() + ": " + e.getMessage()));
            }
        }

        private static ScoringFunction function(DefinitionLine l) {
            String f = req(l, "function");
            return switch (f) {
                case "linear" -> new ScoringFunction.Linear(num(l, "from"), num(l, "to"));
                case "attainment" -> new ScoringFunction.Attainment(num(l, "target"),
                        opt(l, "cap").isPresent() ? num(l, "cap") : BigDecimal.ONE);
                case "steps" -> ScoringFunction.Steps.parse(req(l, "steps"));
                case "rank" -> {
                    String better = req(l, "better");
                    if (!better.equals("higher") && !better.equals("lower")) {
                        throw new IllegalArgumentException("better must be higher or lower, not " + better);
                    }
                    yield new ScoringFunction.Rank(better.equals("higher"));
                }
                case "check" -> new ScoringFunction.Check();
                default -> throw new IllegalArgumentException("unknown function '" + f
                        + "' (linear, attainment, steps, rank, check)");
            };
        }

        private static void allow(DefinitionLine l, String... keys) {
            Set<String> allowed = Set.of(keys);
            for (String k : l.attributes().keySet()) {
                if (!allowed.contains(k)) {
                    throw new IllegalArgumentException("unknown key '" + k + "'");
                }
            }
        }

        private static String req(DefinitionLine l, String key) {
            String v = l.attributes().get(key);
            if (v == null || v.isEmpty()) {
                throw new IllegalArgumentException("key '" + key + "' is required");
            }
            return v;
        }

        private static Optional<String> opt(DefinitionLine l, String key) {
            return Optional.ofNullable(l.attributes().get(key));
        }

        private static BigDecimal num(DefinitionLine l, String key) {
            String v = req(l, key);
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("key '" + key + "' must be a decimal number, got '" + v + "'", e);
            }
        }

        private static LocalDate date(DefinitionLine l, String key) {
            String v = l.attributes().get(key);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("key '" + key + "' must be a date yyyy-mm-dd, got '" + v + "'", e);
            }
        }
    }
}
