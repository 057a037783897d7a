package io.consumerprotection.examples.cli;

import io.consumerprotection.core.appraisal.AdjustmentResult;
import io.consumerprotection.core.appraisal.Appraisal;
import io.consumerprotection.core.appraisal.AppraisalPeriod;
import io.consumerprotection.core.appraisal.Assessment;
import io.consumerprotection.core.appraisal.ElementResult;
import io.consumerprotection.core.appraisal.FactIndicators;
import io.consumerprotection.core.appraisal.IndicatorChange;
import io.consumerprotection.core.appraisal.IndicatorId;
import io.consumerprotection.core.appraisal.IndicatorResult;
import io.consumerprotection.core.appraisal.IndicatorValues;
import io.consumerprotection.core.appraisal.PeriodComparison;
import io.consumerprotection.core.appraisal.RankedAssessment;
import io.consumerprotection.core.appraisal.Scorecard;
import io.consumerprotection.core.appraisal.ScorecardCatalog;
import io.consumerprotection.core.appraisal.ScorecardId;
import io.consumerprotection.core.appraisal.ScorecardWarning;
import io.consumerprotection.core.appraisal.UnitId;
import io.consumerprotection.core.appraisal.VetoResult;
import io.consumerprotection.core.appraisal.WhatIf;
import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.appraisal.EducationActivityRecord;
import io.consumerprotection.spi.appraisal.InspectionRecord;
import io.consumerprotection.spi.appraisal.PenaltyRecord;
import io.consumerprotection.spi.appraisal.PublicOpinionEventRecord;
import io.consumerprotection.spi.appraisal.TrainingRecord;
import io.consumerprotection.testkit.InMemoryAppraisalFactsSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code score}: assesses units under a scorecard and prints each unit's score, grade and explanation as
 * JSON, or a ranked table.
 *
 * <p>Input (one JSON document, from {@code --input FILE} or stdin):
 * <pre>
 * {"period": "2025-H1",
 *  "units": {
 *    "ZX": {
 *      "indicators": {"complaint.on-time-rate": 0.97, "complaint.satisfaction-rate": 0.96, ...},
 *      "trainings": [{"id": "T1", "date": "2025-03-01", "topic": "...", "enrolled": 40, "attended": 38,
 *                     "examined": 40, "passed": 39}],
 *      "educationActivities": [{"id": "E1", "date": "2025-03-15", "kind": "OFFLINE", "title": "...", "audience": 5000}],
 *      "inspections": [{"id": "I1", "date": "2025-05-20", "inspector": "NFRA", "issuesFound": 3, "issuesRectified": 1}],
 *      "publicOpinionEvents": [{"id": "O1", "date": "2025-04-02", "major": true, "responsible": true, "summary": ""}],
 *      "penalties": [{"id": "P1", "date": "2025-02-28", "authority": "NFRA", "decisionNumber": "", "amount": 300000}]
 *    }},
 *  "previous": {"period": "2024-H1", "units": {...}}}
 * </pre>
 * Record lists are optional: each unit's fact indicators ({@code training.*}, {@code education.*},
 * {@code inspection.*}, {@code opinion.*}, {@code penalty.*}) are computed from its records (0 when a
 * list is absent or empty), and {@code indicators} override them. {@code previous} is optional and adds a
 * per-indicator comparison. Exit 0 when scored, 1 when the input or scorecard was rejected (an
 * {@code {"error":…}} document is printed), 2 on bad usage.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score units under an appraisal scorecard (NFRA-2025, CBIRC-2021, BRANCH-2025 or a file).",
        exitCodeListHeading = Cli.EXIT_HEADING, exitCodeList = {Cli.EXIT_0, Cli.EXIT_1, Cli.EXIT_2, Cli.EXIT_3},
        footerHeading = "%nInput (one JSON document):%n",
        footer = {
            "  period                text, required   2025, 2025-H1, 2025-Q2 or 2025-03",
            "  units.<UNIT>          object, required one per unit (branch) id, with:",
            "    indicators          object           indicator id -> number; overrides the value computed from records.",
            "                                         A *-rate or *-coverage is a FRACTION from 0 to 1 (97.9%% is 0.979),",
            "                                         a *reduction-rate at most 1 (negative: complaints rose); others >= 0",
            "    trainings           array            {id, date, topic, enrolled, attended, examined, passed}",
            "    educationActivities array            {id, date, kind, title, audience}",
            "    inspections         array            {id, date, inspector, issuesFound, issuesRectified}",
            "    publicOpinionEvents array            {id, date, major, responsible, summary}",
            "    penalties           array            {id, date, authority, decisionNumber, amount}",
            "                                         in records id, date and the numbers are required; texts default to \"\"",
            "  previous              object, optional the same shape for the period before: adds a comparison",
            "  A field not listed is reported in \"warnings\" (code UNKNOWN_FIELD); an indicator the scorecard does not use too.",
            "  e.g. {\"period\":\"2025-H1\",\"units\":{\"ZX\":{\"indicators\":{\"complaint.on-time-rate\":0.979,…}}}}",
            "  -> {\"scorecard\":\"BRANCH-2025\",…,\"units\":[{\"rank\":1,\"unit\":\"ZX\",\"score\":…,\"grade\":…}]}",
            "%nError codes: INVALID_INPUT (a field's type, format or range), MISSING_FIELD, INVALID_ENCODING, INVALID_JSON,",
            "  and the SDK's INVALID_APPRAISAL_INPUT, UNKNOWN_SCORECARD, INVALID_SCORECARD."})
public final class ScoreCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Output formats. */
    enum Format { json, table }

    @Spec
    CommandSpec spec;

    @Option(names = "--scorecard", paramLabel = "ID", description = "the scorecard id (default: the one in --scorecard-file)")
    String scorecardId;

    @Option(names = "--scorecard-file", paramLabel = "FILE", description = "a scorecard definition in the documented text format")
    Path scorecardFile;

    @Option(names = "--input", paramLabel = "FILE", description = "read the facts JSON from FILE instead of stdin")
    Path input;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8", converter = InputLines.EncodingConverter.class,
            description = "encoding of the input: " + InputLines.ACCEPTED)
    java.nio.charset.Charset encoding;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json or table (default json)")
    Format format;

    @Option(names = "--what-if", paramLabel = "INDICATOR=AMOUNT",
            description = "also report the points each unit gains if INDICATOR improves by AMOUNT (repeatable)")
    Map<String, String> whatIf = new TreeMap<>();

    @Option(names = "--list", description = "list the available scorecards and exit")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ScorecardCatalog catalog = ScorecardCatalog.builtIn();
            Scorecard fromFile = null;
            if (scorecardFile != null) {
                fromFile = Scorecard.parse(InputLines.readText(scorecardFile, "--scorecard-file", StandardCharsets.UTF_8));
                catalog = catalog.with(fromFile);
            }
            if (list) {
                for (ScorecardId id : catalog.ids()) {
                    Scorecard s = catalog.get(id);
                    out.println(id + "\t" + s.version() + "\t" + s.name());
                }
                out.flush();
                return Cli.OK;
            }
            if (scorecardId == null && fromFile == null) {
                throw CommandFailure.usage("--scorecard", "give --scorecard ID (one of " + String.join(", ",
                        catalog.ids().stream().map(ScorecardId::value).toList()) + ") or --scorecard-file FILE");
            }
            Scorecard card = scorecardId == null ? fromFile : catalog.get(ScorecardId.of(scorecardId));
            JsonNode doc = JSON.readTree(read());
            if (doc == null || !doc.isObject()) {
                throw new IllegalArgumentException("the input must be a JSON object with 'period' and 'units'");
            }
            List<String> unknown = new ArrayList<>();
            unknownFields(doc, "", List.of("period", "units", "previous"), unknown);
            Appraisal current = appraise(card, doc, "", unknown);
            JsonNode prev = doc.get("previous");
            if (prev != null && !prev.isNull() && !prev.isObject()) {
                throw new IllegalArgumentException("field 'previous' must be an object with 'period' and 'units'");
            }
            if (prev != null && prev.isObject()) {
                unknownFields(prev, "previous.", List.of("period", "units"), unknown);
            }
            Appraisal previous = prev != null && prev.isObject() ? appraise(card, prev, "previous.", unknown) : null;
            if (format == Format.table) {
                table(out, current);
                unknown.forEach(f -> spec.commandLine().getErr().println("warning UNKNOWN_FIELD: " + f + " was ignored"));
            } else {
                ObjectNode root = toJson(current, previous);
                ArrayNode warnings = (ArrayNode) root.get("warnings");
                for (String f : unknown) {
                    warnings.addObject().put("code", ErrorCode.UNKNOWN_FIELD.name()).put("field", f)
                            .put("message", "field '" + f + "' is not read (a typo?) and was ignored");
                }
                out.println(JSON.writeValueAsString(root));
            }
            out.flush();
            OutputFile.checkStandardOutput();
            if (out.checkError()) {
                throw CommandFailure.failure("stdout", "writing failed (disk full, or the reading end was closed)", null);
            }
            return Cli.OK;
        } catch (ConsumerProtectionException e) {
            return fail(out, e.code(), e.getMessage(), e.violations());
        } catch (InputLines.InvalidEncodingException e) {
            return fail(out, ErrorCode.INVALID_ENCODING.name(), e.getMessage(), List.of());
        } catch (Request.Rejected e) {
            return fail(out, e.code().name(), e.getMessage(), List.of());
        } catch (JacksonException e) {
            return fail(out, ErrorCode.INVALID_JSON.name(), "the input is not JSON: " + e.getOriginalMessage(), List.of());
        } catch (IllegalArgumentException | DateTimeException e) {
            return fail(out, ErrorCode.INVALID_INPUT.name(), CommandFailure.firstLine(e), List.of());
        }
    }

    private String read() {
        return JsonLinesCommand.readText(input, encoding);
    }

    private static final List<String> UNIT_FIELDS = List.of("indicators", "trainings", "educationActivities", "inspections",
            "publicOpinionEvents", "penalties");

    private static void unknownFields(JsonNode node, String path, List<String> known, List<String> unknown) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                unknown.add(path + name);
            }
        }
    }

    /**
     * Checks an indicator value's range by its kind: a {@code *-rate} or {@code *-coverage} is a fraction
     * (0 to 1; a reduction rate at most 1), anything else a count or amount (at least 0).
     */
    static void checkRange(String path, String indicator, BigDecimal value) {
        boolean fraction = indicator.endsWith("-rate") || indicator.endsWith("-coverage");
        if (fraction && indicator.endsWith("reduction-rate")) {
            if (value.compareTo(BigDecimal.ONE) > 0) {
                throw Request.invalid(path, "is " + value.toPlainString() + ": a reduction rate is a fraction of at most 1"
                        + " (15% is 0.15; negative when complaints rose)");
            }
        } else if (fraction) {
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw Request.invalid(path, "is " + value.toPlainString() + ": a rate is a fraction from 0 to 1"
                        + (value.compareTo(BigDecimal.ONE) > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0
                        ? " (" + value.toPlainString() + "% is " + value.movePointLeft(2).stripTrailingZeros().toPlainString() + ")" : ""));
            }
        } else if (value.signum() < 0) {
            throw Request.invalid(path, "is " + value.toPlainString() + ": a count or amount is at least 0");
        }
    }

    private static int fail(PrintWriter out, String code, String message, List<Violation> violations) {
        ObjectNode err = JSON.createObjectNode();
        err.set("error", JsonLinesCommand.withViolations(JsonLinesCommand.error(code, message), violations));
        out.println(JSON.writeValueAsString(err));
        out.flush();
        return Cli.SOME_ERRORS;
    }

    private static Appraisal appraise(Scorecard card, JsonNode doc, String path, List<String> unknown) {
        String periodText = text(doc, path + "period", "period");
        AppraisalPeriod period;
        try {
            period = AppraisalPeriod.parse(periodText);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw Request.invalid(path + "period", "must be a period such as 2025, 2025-H1, 2025-Q2 or 2025-03");
        }
        JsonNode units = doc.get("units");
        if (units == null || units.isNull()) {
            throw Request.missing(path + "units");
        }
        if (!units.isObject() || units.isEmpty()) {
            throw Request.invalid(path + "units", "must be a non-empty object keyed by unit id");
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        card.requiredIndicators().forEach(i -> used.add(i.value()));
        card.deductions().forEach(d -> used.add(d.indicator().value()));
        card.bonuses().forEach(d -> used.add(d.indicator().value()));
        card.vetoes().forEach(v -> used.add(v.indicator().value()));
        Map<UnitId, IndicatorValues> inputs = new TreeMap<>();
        for (Map.Entry<String, JsonNode> u : units.properties()) {
            UnitId unit = UnitId.of(u.getKey());
            JsonNode node = u.getValue();
            String unitPath = path + "units." + u.getKey();
            if (!node.isObject()) {
                throw Request.invalid(unitPath, "must be an object with indicators and/or records");
            }
            unknownFields(node, unitPath + ".", UNIT_FIELDS, unknown);
            InMemoryAppraisalFactsSource facts = facts(unit.value(), node, unitPath);
            IndicatorValues values = FactIndicators.derive(facts, unit, period);
            JsonNode explicit = node.get("indicators");
            if (explicit != null && !explicit.isNull() && !explicit.isObject()) {
                throw Request.invalid(unitPath + ".indicators", "must be an object: indicator id -> number");
            }
            if (explicit != null && explicit.isObject()) {
                for (Map.Entry<String, JsonNode> i : explicit.properties()) {
                    String f = unitPath + ".indicators." + i.getKey();
                    if (!i.getValue().isNumber()) {
                        throw Request.invalid(f, "must be a number");
                    }
                    checkRange(f, i.getKey(), i.getValue().decimalValue());
                    if (!used.contains(i.getKey())) {
                        unknown.add(f);
                    }
                    values = values.with(IndicatorId.of(i.getKey()), i.getValue().decimalValue(), List.of("input"));
                }
            }
            inputs.put(unit, values);
        }
        return card.assess(period, inputs);
    }

    private static InMemoryAppraisalFactsSource facts(String unit, JsonNode node, String path) {
        InMemoryAppraisalFactsSource s = new InMemoryAppraisalFactsSource();
        List<JsonNode> list = array(node, "trainings", path);
        for (int k = 0; k < list.size(); k++) {
            JsonNode t = list.get(k);
            String p = path + ".trainings[" + k + "]";
            s.add(new TrainingRecord(text(t, p + ".id", "id"), unit, date(t, p), t.path("topic").asString(""),
                    count(t, p, "enrolled"), count(t, p, "attended"), count(t, p, "examined"), count(t, p, "passed")));
        }
        list = array(node, "educationActivities", path);
        for (int k = 0; k < list.size(); k++) {
            JsonNode t = list.get(k);
            String p = path + ".educationActivities[" + k + "]";
            s.add(new EducationActivityRecord(text(t, p + ".id", "id"), unit, date(t, p), t.path("kind").asString(""),
                    t.path("title").asString(""), count(t, p, "audience")));
        }
        list = array(node, "inspections", path);
        for (int k = 0; k < list.size(); k++) {
            JsonNode t = list.get(k);
            String p = path + ".inspections[" + k + "]";
            s.add(new InspectionRecord(text(t, p + ".id", "id"), unit, date(t, p), t.path("inspector").asString(""),
                    count(t, p, "issuesFound"), count(t, p, "issuesRectified")));
        }
        list = array(node, "publicOpinionEvents", path);
        for (int k = 0; k < list.size(); k++) {
            JsonNode t = list.get(k);
            String p = path + ".publicOpinionEvents[" + k + "]";
            s.add(new PublicOpinionEventRecord(text(t, p + ".id", "id"), unit, date(t, p), bool(t, p, "major"),
                    bool(t, p, "responsible"), t.path("summary").asString("")));
        }
        list = array(node, "penalties", path);
        for (int k = 0; k < list.size(); k++) {
            JsonNode t = list.get(k);
            String p = path + ".penalties[" + k + "]";
            JsonNode amount = t.get("amount");
            if (amount == null || amount.isNull()) {
                throw Request.missing(p + ".amount");
            }
            if (!amount.isNumber() || amount.decimalValue().signum() < 0) {
                throw Request.invalid(p + ".amount", "must be a number of at least 0 (yuan)");
            }
            s.add(new PenaltyRecord(text(t, p + ".id", "id"), unit, date(t, p), t.path("authority").asString(""),
                    t.path("decisionNumber").asString(""), amount.decimalValue()));
        }
        return s;
    }

    private static int count(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw Request.missing(path + "." + field);
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0) {
            throw Request.invalid(path + "." + field, "must be a whole number of at least 0");
        }
        return v.asInt();
    }

    private static boolean bool(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw Request.missing(path + "." + field);
        }
        if (!v.isBoolean()) {
            throw Request.invalid(path + "." + field, "must be true or false");
        }
        return v.asBoolean();
    }

    private static List<JsonNode> array(JsonNode node, String field, String path) {
        JsonNode a = node.get(field);
        if (a == null || a.isNull()) {
            return List.of();
        }
        if (!a.isArray()) {
            throw Request.invalid(path + "." + field, "must be an array");
        }
        List<JsonNode> out = new ArrayList<>();
        a.forEach(out::add);
        return out;
    }

    private static String text(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.asString("").isEmpty()) {
            throw Request.missing(path);
        }
        return v.asString();
    }

    private static LocalDate date(JsonNode node, String path) {
        String v = text(node, path + ".date", "date");
        try {
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw Request.invalid(path + ".date", "must be an ISO date such as 2025-03-01");
        }
    }

    private ObjectNode toJson(Appraisal ap, Appraisal previous) {
        Scorecard card = ap.scorecard();
        ObjectNode root = JSON.createObjectNode();
        root.put("scorecard", card.id().value());
        root.put("version", card.version());
        root.put("period", ap.period().toString());
        root.put("ranking", "competition ranking by grade then score: tied units share a rank, the next skips (1, 1, 3)");
        ArrayNode warnings = root.putArray("warnings");
        for (ScorecardWarning w : card.warnings()) {
            warnings.addObject().put("code", w.code()).put("message", w.message()).put("citation", w.citation());
        }
        ArrayNode assumptions = root.putArray("assumptions");
        card.assumptions().forEach(assumptions::add);
        ArrayNode units = root.putArray("units");
        for (RankedAssessment r : ap.ranking()) {
            Assessment a = r.assessment();
            ObjectNode u = units.addObject();
            u.put("rank", r.rank());
            u.put("unit", a.unit().value());
            u.put("score", a.score());
            u.put("grade", a.grade());
            u.put("gradeReason", a.gradeReason());
            u.put("contribution", a.contribution());
            u.put("base", a.base());
            u.put("deductionTotal", a.deductionTotal());
            u.put("bonusTotal", a.bonusTotal());
            ArrayNode elements = u.putArray("elements");
            for (ElementResult e : a.elements()) {
                ObjectNode en = elements.addObject();
                en.put("id", e.element());
                en.put("name", e.name());
                en.put("weight", e.weight());
                en.put("points", e.points());
                en.put("earned", e.earned());
                ArrayNode inds = en.putArray("indicators");
                for (IndicatorResult i : e.indicators()) {
                    ObjectNode in = inds.addObject();
                    in.put("id", i.indicator().value());
                    in.put("name", i.name());
                    in.put("input", i.input());
                    in.put("formula", i.formula());
                    in.put("fraction", i.fraction());
                    in.put("points", i.points());
                    in.put("maxPoints", i.maxPoints());
                    evidence(in, i.evidence());
                }
            }
            adjustments(u.putArray("deductions"), a.deductions());
            adjustments(u.putArray("bonuses"), a.bonuses());
            ArrayNode vetoes = u.putArray("vetoes");
            for (VetoResult v : a.vetoes()) {
                ObjectNode vn = vetoes.addObject();
                vn.put("id", v.veto().id());
                vn.put("name", v.veto().name());
                vn.put("indicator", v.veto().indicator().value());
                vn.put("input", v.input());
                vn.put("triggered", v.triggered());
                evidence(vn, v.evidence());
            }
            if (!whatIf.isEmpty()) {
                ArrayNode wi = u.putArray("whatIf");
                whatIf.forEach((ind, amount) -> {
                    WhatIf w = ap.whatIf(a.unit(), IndicatorId.of(ind), new BigDecimal(amount));
                    wi.addObject().put("indicator", ind).put("improvement", w.improvement())
                            .put("inputBefore", w.inputBefore()).put("inputAfter", w.inputAfter())
                            .put("scoreAfter", w.scoreAfter()).put("pointsGained", w.pointsGained())
                            .put("gradeAfter", w.gradeAfter());
                });
            }
            if (previous != null && previous.find(a.unit()).isPresent()) {
                PeriodComparison c = PeriodComparison.between(previous.get(a.unit()), a);
                ObjectNode cn = u.putObject("comparison");
                cn.put("previousPeriod", previous.period().toString());
                cn.put("previousScore", c.previous().score());
                cn.put("previousGrade", c.previous().grade());
                cn.put("scoreChange", c.scoreChange());
                ArrayNode ch = cn.putArray("indicators");
                for (IndicatorChange x : c.changes()) {
                    ch.addObject().put("element", x.element()).put("id", x.indicator().value())
                            .put("previousInput", x.previousInput()).put("input", x.currentInput())
                            .put("inputChange", x.inputChange()).put("pointsChange", x.pointsChange());
                }
            }
        }
        return root;
    }

    private static void adjustments(ArrayNode arr, List<AdjustmentResult> items) {
        for (AdjustmentResult d : items) {
            ObjectNode n = arr.addObject();
            n.put("id", d.adjustment().id());
            n.put("name", d.adjustment().name());
            n.put("indicator", d.adjustment().indicator().value());
            n.put("occurrences", d.occurrences());
            n.put("points", d.points());
            n.put("formula", d.formula());
            evidence(n, d.evidence());
        }
    }

    private static void evidence(ObjectNode n, List<String> evidence) {
        ArrayNode ev = n.putArray("evidence");
        evidence.forEach(ev::add);
    }

    private static void table(PrintWriter out, Appraisal ap) {
        Scorecard card = ap.scorecard();
        out.println(card.id() + " " + card.version() + "  " + ap.period());
        card.warnings().forEach(w -> out.println("warning " + w.code() + ": " + w.message()));
        out.printf(Locale.ROOT, "%-5s %-16s %8s  %-8s %12s  %s%n", "rank", "unit", "score", "grade", "contribution", "vetoes");
        for (RankedAssessment r : ap.ranking()) {
            Assessment a = r.assessment();
            String vetoes = a.triggeredVetoes().isEmpty() ? "-"
                    : String.join(",", a.triggeredVetoes().stream().map(v -> v.veto().id()).toList());
            out.printf(Locale.ROOT, "%-5d %-16s %8s  %-8s %12s  %s%n", r.rank(), a.unit(), a.score().toPlainString(), a.grade(),
                    a.contribution().toPlainString(), vetoes);
        }
    }
}
