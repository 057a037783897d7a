package io.consumerprotection.examples.host.demo;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.appraisal.Appraisal;
import io.consumerprotection.core.appraisal.AppraisalPeriod;
import io.consumerprotection.core.appraisal.ComplaintIndicators;
import io.consumerprotection.core.appraisal.IndicatorId;
import io.consumerprotection.core.appraisal.IndicatorValues;
import io.consumerprotection.core.appraisal.RankedAssessment;
import io.consumerprotection.core.appraisal.ScorecardId;
import io.consumerprotection.core.appraisal.UnitId;
import io.consumerprotection.core.classification.ClassificationScheme;
import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.core.deadline.DeadlineEvaluation;
import io.consumerprotection.core.deadline.MilestoneEvaluation;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.core.deadline.ScanReport;
import io.consumerprotection.core.privacy.FieldType;
import io.consumerprotection.core.privacy.ScrubFinding;
import io.consumerprotection.core.statistics.ComplaintFigures;
import io.consumerprotection.core.statistics.GroupFigures;
import io.consumerprotection.core.statistics.Grouping;
import io.consumerprotection.core.statistics.ReportingPeriod;
import io.consumerprotection.core.statistics.StatisticsReport;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.ComplaintStore;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The checks and figures the demo runs after a year of handling, each adding to the report. */
final class DemoAnalysis {

    private final ConsumerProtection cp;
    private final ComplaintStore store;
    private final List<DemoCase> cases;
    private final int year;
    private final Instant end;
    private final PrintStream out;
    private final Report report;

    DemoAnalysis(ConsumerProtection cp, ComplaintStore store, List<DemoCase> cases, int year, Instant end,
                 PrintStream out, Report report) {
        this.cp = cp;
        this.store = store;
        this.cases = cases;
        this.year = year;
        this.end = end;
        this.out = out;
        this.report = report;
    }

    private List<ComplaintRecord> stored() {
        try (Stream<ComplaintRecord> s = store.stream(ComplaintQuery.all())) {
            return s.toList();
        }
    }

    /** Deadline status of every complaint at the end of the year, and the scan's warnings and alerts. */
    void deadlines() {
        Progress progress = new Progress(out, "deadline evaluation", cases.size());
        Map<String, Map<String, Integer>> byMilestone = new TreeMap<>();
        int[] done = {0};
        for (PolicyId policy : List.of(PolicyId.NFRA_2020_3, PolicyId.INTERNAL_3_5_10)) {
            try (Stream<ComplaintRecord> s = store.stream(ComplaintQuery.all())) {
                cp.deadlines().evaluateAll(s, policy, end).forEach(e -> {
                    for (MilestoneEvaluation m : e.milestones()) {
                        byMilestone.computeIfAbsent(e.policy() + " " + m.milestone(), k -> new TreeMap<>())
                                .merge(m.status().name(), 1, Integer::sum);
                    }
                    if (e.policy().equals(PolicyId.NFRA_2020_3) || e.policy().equals(PolicyId.PBOC_2020_5)) {
                        progress.update(++done[0]);
                    }
                });
            }
        }
        ScanReport scan = cp.deadlineScan().run(ComplaintQuery.all(), PolicyId.NFRA_2020_3, end);
        out.printf(Locale.ROOT, "   scan at %s: %,d warnings, %,d breaches, %,d notifications queued%n", end,
                scan.warnings(), scan.breaches(), scan.notifications());
        List<String> columns = List.of("MET", "MET_LATE", "OVERDUE", "DUE_TODAY", "AT_RISK", "ON_TRACK", "PAUSED", "ENDED");
        List<String> headers = new ArrayList<>(List.of("policy / milestone"));
        headers.addAll(columns);
        List<List<String>> rows = new ArrayList<>();
        byMilestone.forEach((milestone, counts) -> {
            List<String> row = new ArrayList<>(List.of(milestone));
            columns.forEach(c -> row.add(String.format(Locale.ROOT, "%,d", counts.getOrDefault(c, 0))));
            rows.add(row);
        });
        report.table(new Report.Table("Deadlines at the end of the year (calendar CN " + cp.calendars()
                .get(io.consumerprotection.core.calendar.CalendarId.of("CN")).version() + ")", headers, rows));
        report.headline("deadline warnings / breach alerts sent by the scan", scan.warnings() + " / " + scan.breaches());
    }

    /** How often the narrative classifier's first suggestion is the handler's business category. */
    void suggestions() {
        ClassificationScheme scheme = cp.classificationCatalog().latest();
        int exact = 0;
        int category = 0;
        long nanos = 0;
        for (DemoCase c : cases) {
            long t0 = System.nanoTime();
            var top = cp.narrativeClassifier().suggest(c.intake().narrative()).top(Dimension.BUSINESS);
            nanos += System.nanoTime() - t0;
            if (top.isPresent()) {
                String code = top.get().code();
                String truth = c.topic().businessCode();
                exact += code.equals(truth) ? 1 : 0;
                category += scheme.rollUp(Dimension.BUSINESS, code, 1).code()
                        .equals(scheme.rollUp(Dimension.BUSINESS, truth, 1).code()) ? 1 : 0;
            }
        }
        double n = cases.size();
        out.printf(Locale.ROOT, "   first suggestion = handler's business code: %.1f%% (same major category %.1f%%), %.1f µs per narrative%n",
                100 * exact / n, 100 * category / n, nanos / 1e3 / n);
        report.headline("classification suggestion agrees (major category)", String.format(Locale.ROOT, "%.1f%%", 100 * category / n));
    }

    /** What the intake scrubbed out of the narratives, and proof that nothing raw was stored. */
    void privacy() {
        Map<FieldType, Integer> found = new EnumMap<>(FieldType.class);
        for (DemoCase c : cases) {
            for (ScrubFinding f : cp.scrubber().find(c.intake().narrative())) {
                found.merge(f.type(), 1, Integer::sum);
            }
        }
        // independent of the scrubber: every value the dataset planted, looked for verbatim in what was stored
        Map<String, List<String>> planted = new java.util.HashMap<>();
        int plantedCount = 0;
        for (DemoCase c : cases) {
            planted.put(c.intake().channel().name() + "/" + c.intake().channelReference(), c.planted());
            plantedCount += c.planted().size();
        }
        long leftInStore = 0;
        for (ComplaintRecord r : stored()) {
            List<String> values = planted.getOrDefault(r.channel() + "/" + r.channelReference(), List.of());
            if (values.isEmpty()) {
                continue;
            }
            StringBuilder text = new StringBuilder(r.narrative()).append('\n').append(r.request());
            r.timeline().forEach(e -> text.append('\n').append(e.reason()).append('\n').append(e.details().values()));
            String stored = text.toString();
            for (String v : values) {
                if (leaks(v, stored)) {
                    leftInStore++;
                }
            }
        }
        out.printf(Locale.ROOT, "   personal data removed at intake: %s; of %,d planted values (IDs, cards, mobiles, "
                + "names), found raw in stored text afterwards: %d%n", found, plantedCount, leftInStore);
        report.chart(new Report.Chart("Personal data removed from narratives before storage", "",
                found.entrySet().stream().map(e -> new Report.Bar(e.getKey().name(), e.getValue())).toList()));
        report.headline("raw personal data left in stored narratives", Long.toString(leftInStore));
    }

    /**
     * Whether a planted value is in the stored text: a name as written, a number when any 7 of its characters in a
     * row are (no mask shows more than 6 in a row: card 6 + 4, mobile 3 + 4, ID 1 + 1).
     */
    private static boolean leaks(String value, String stored) {
        if (value.length() < 11) {
            return stored.contains(value);
        }
        for (int i = 0; i + 7 <= value.length(); i++) {
            if (stored.contains(value.substring(i, i + 7))) {
                return true;
            }
        }
        return false;
    }

    /** The year's statistics: by business category, by month, by branch. */
    StatisticsReport statistics() {
        List<ComplaintRecord> records = stored();
        Grouping business = Grouping.by(Dimension.BUSINESS, 1);
        Grouping branch = Grouping.receivingUnit();
        StatisticsReport year = cp.statistics(ReportingPeriod.year(this.year)).groupBy(business, branch, Grouping.intakeChannel())
                .build().compute(records.stream());
        ComplaintFigures total = year.total();
        ClassificationScheme scheme = cp.classificationCatalog().latest();
        report.headline("complaints received", String.format(Locale.ROOT, "%,d", total.complaints()))
                .headline("decided on time (NFRA-2020-3)", percent(total.onTimeRate().percent()))
                .headline("satisfied or basically satisfied", percent(total.satisfactionRate().percent()))
                .headline("regulator-transferred (NFRA / PBoC)", String.format(Locale.ROOT, "%,d", total.regulatorTransferred()));
        report.chart(new Report.Chart("Complaints by business category (JR/T 0169 axis B)", "",
                year.groups(business).stream().map(g -> new Report.Bar(g.key().get(0).isEmpty()
                        ? "not classified (declined, withdrawn or open)"
                        : g.key().get(0) + " " + scheme.find(Dimension.BUSINESS, g.key().get(0)).map(c -> c.nameZh()).orElse(""),
                        g.current().complaints())).toList()));
        List<Report.Bar> months = new ArrayList<>();
        List<Report.Bar> onTime = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            StatisticsReport month = cp.statistics(ReportingPeriod.month(YearMonth.of(this.year, m))).build()
                    .compute(records.stream());
            months.add(new Report.Bar(YearMonth.of(this.year, m).toString(), month.total().complaints()));
            onTime.add(new Report.Bar(YearMonth.of(this.year, m).toString(),
                    month.total().onTimeRate().percent().map(BigDecimal::doubleValue).orElse(0.0)));
        }
        report.chart(new Report.Chart("Complaints by month", "", months));
        report.chart(new Report.Chart("Decided on time by month of receipt", "%", onTime));
        report.table(new Report.Table("Complaints by intake channel", List.of("channel", "complaints", "share"),
                year.groups(Grouping.intakeChannel()).stream().map(g -> List.of(g.key().get(0),
                        String.format(Locale.ROOT, "%,d", g.current().complaints()), percent(g.share().percent()))).toList()));
        out.printf(Locale.ROOT, "   %,d complaints; on time %s; satisfied %s; top category %s%n", total.complaints(),
                percent(total.onTimeRate().percent()), percent(total.satisfactionRate().percent()),
                year.groups(business).stream().findFirst().map(g -> g.key().get(0)).orElse("-"));
        return year;
    }

    /** The seed's branch assessment (BRANCH-2025) for every branch, ranked. */
    void branchScorecard(StatisticsReport year, long seed, java.nio.file.Path directory) {
        Grouping branch = Grouping.receivingUnit();
        Map<String, Long> counts = year.groups(branch).stream()
                .collect(Collectors.toMap(g -> g.key().get(0), g -> g.current().complaints()));
        BankFacts facts = new BankFacts(seed, this.year, counts);
        AppraisalPeriod period = AppraisalPeriod.parse(Integer.toString(this.year));
        Map<UnitId, IndicatorValues> units = new LinkedHashMap<>();
        for (var b : DemoDataset.BRANCHES) {
            String unit = b.getKey();
            ComplaintFigures current = year.groups(branch).stream().filter(g -> g.key().get(0).equals(unit))
                    .findFirst().map(GroupFigures::current).orElse(ComplaintFigures.NONE);
            ComplaintFigures before = new ComplaintFigures(facts.complaintsYearBefore.get(unit), 0, 0, 0, 0, 0, 0, 0, 0, 0);
            units.put(UnitId.of(unit), io.consumerprotection.core.appraisal.FactIndicators
                    .derive(facts.source, UnitId.of(unit), period)
                    .with(ComplaintIndicators.of(current, before))
                    .with(IndicatorId.of("product.pre-review-coverage"), facts.preReviewCoverage.get(unit)));
        }
        Appraisal appraisal = cp.scorecards().get(ScorecardId.BRANCH_2025).assess(period, units);
        writeScoreInput(period, units, directory.resolve("branch-facts.json"));
        List<List<String>> rows = new ArrayList<>();
        List<Report.Bar> bars = new ArrayList<>();
        for (RankedAssessment r : appraisal.ranking()) {
            var a = r.assessment();
            String name = DemoDataset.BRANCHES.stream().filter(e -> e.getKey().equals(a.unit().value())).findFirst()
                    .map(Map.Entry::getValue).orElse("");
            rows.add(List.of(Integer.toString(r.rank()), a.unit().value() + " " + name, a.score().toPlainString(), a.grade(),
                    a.triggeredVetoes().isEmpty() ? "" : a.triggeredVetoes().stream().map(v -> v.veto().name())
                            .collect(java.util.stream.Collectors.joining("、"))));
            bars.add(new Report.Bar(a.unit().value() + " " + name, a.score().doubleValue()));
        }
        report.chart(new Report.Chart("Branch consumer-protection score (BRANCH-2025, 12% of the branch assessment)", "", bars));
        report.table(new Report.Table("Branch ranking (competition ranking; vetoes force zero)",
                List.of("rank", "branch", "score", "grade", "veto"), rows));
        var card = cp.scorecards().get(ScorecardId.BRANCH_2025);
        report.note("假设（非监管公布标准）：" + card.id() + " 的等级区间为 " + card.bands().stream()
                .map(b -> b.grade() + " " + b.from().stripTrailingZeros().toPlainString() + "–" + b.to().stripTrailingZeros().toPlainString())
                .collect(java.util.stream.Collectors.joining("、")) + "；要素权重、阈值和目标值亦为 SDK 占位值（见 branch-2025.scorecard 的 ASSUMPTION 行）。"
                + "分行得分偏低、多数被评为不合格，主要反映这些假设阈值，而非真实考核结果；银行应以本行考核办法通过 ScorecardProvider 替换。");
        RankedAssessment first = appraisal.ranking().get(0);
        out.printf(Locale.ROOT, "   first: %s %s (%s); vetoed: %s%n", first.assessment().unit(), first.assessment().score(),
                first.assessment().grade(), appraisal.assessments().stream().filter(a -> !a.triggeredVetoes().isEmpty())
                        .map(a -> a.unit().value()).toList());
    }

    private static String titleZh(io.consumerprotection.core.audit.RuleSet rules, io.consumerprotection.core.audit.RuleSummary r) {
        return rules.find(r.ruleId()).map(x -> x.definition().titleZh()).orElse(r.titleEn());
    }

    /** The built-in complaint rules over every stored complaint: findings as JSON Lines and SARIF, a summary. */
    void audit(java.nio.file.Path directory) {
        var rules = io.consumerprotection.core.audit.BuiltInRules.complaints();
        java.util.concurrent.atomic.AtomicLong failed = new java.util.concurrent.atomic.AtomicLong();
        io.consumerprotection.core.audit.RunRecord run;
        Map<String, io.consumerprotection.core.audit.Finding> examples = new java.util.concurrent.ConcurrentHashMap<>();
        java.nio.file.Path jsonlPart = CompleteFiles.part(directory.resolve("findings.jsonl"));
        java.nio.file.Path sarifPart = CompleteFiles.part(directory.resolve("findings.sarif"));
        try (var jsonl = java.nio.file.Files.newBufferedWriter(jsonlPart);
             var sarifOut = java.nio.file.Files.newBufferedWriter(sarifPart)) {
            var findings = io.consumerprotection.core.audit.JsonLinesFindings.to(jsonl);
            var sarif = io.consumerprotection.core.audit.SarifLog.start(sarifOut, rules);
            Progress progress = new Progress(out, "audit rules", cases.size());
            run = cp.audit(rules).emit(java.util.EnumSet.of(io.consumerprotection.core.audit.FindingKind.FAIL,
                            io.consumerprotection.core.audit.FindingKind.NEEDS_REVIEW))
                    .progress(p -> progress.update((int) Math.min(p.processed(), cases.size())), java.time.Duration.ofSeconds(1))
                    .parallelism(2).build()
                    .execute(f -> {
                        examples.merge(f.ruleId().value(), f, (a, b) -> a.subjectId().compareTo(b.subjectId()) <= 0 ? a : b);
                        findings.accept(f);
                        sarif.accept(f);
                        failed.incrementAndGet();
                    });
            findings.flush();
            sarif.finish(run);
        } catch (java.io.IOException | RuntimeException | Error e) {
            CompleteFiles.discard(directory.resolve("findings.jsonl"), e);
            CompleteFiles.discard(directory.resolve("findings.sarif"), e);
            if (e instanceof java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) e;
        }
        // complete only now: both files moved into place whole
        CompleteFiles.moveIntoPlace(directory.resolve("findings.jsonl"));
        CompleteFiles.moveIntoPlace(directory.resolve("findings.sarif"));
        List<io.consumerprotection.core.audit.RuleSummary> failing = run.summaries().stream()
                .filter(r -> r.fail() + r.needsReview() > 0)
                .sorted(java.util.Comparator.comparingLong((io.consumerprotection.core.audit.RuleSummary r) -> r.fail() + r.needsReview()).reversed())
                .toList();
        report.chart(new Report.Chart("Top audit findings (fail + needs review), built-in complaint rules " + rules.version(), "",
                failing.stream().limit(12).map(r -> new Report.Bar(r.ruleId() + " " + titleZh(rules, r), r.fail() + r.needsReview())).toList()));
        report.table(new Report.Table("Audit run " + run.runId() + " (" + rules.id() + " " + rules.version() + ")",
                List.of("rule", "severity", "evaluated", "pass", "fail", "needs review", "n/a"),
                run.summaries().stream().sorted(java.util.Comparator.comparing(io.consumerprotection.core.audit.RuleSummary::severity,
                                java.util.Comparator.reverseOrder()).thenComparing(r -> r.ruleId().value()))
                        .map(r -> List.of(r.ruleId() + " " + titleZh(rules, r), r.severity().name(),
                        String.format(Locale.ROOT, "%,d", r.evaluated()), String.format(Locale.ROOT, "%,d", r.pass()),
                        String.format(Locale.ROOT, "%,d", r.fail()), String.format(Locale.ROOT, "%,d", r.needsReview()),
                        String.format(Locale.ROOT, "%,d", r.notApplicable()))).toList()));
        FindingExamples.addTo(report, rules, examples.values());
        report.headline("audit findings (fail / needs review)", String.format(Locale.ROOT, "%,d / %,d",
                run.summaries().stream().mapToLong(io.consumerprotection.core.audit.RuleSummary::fail).sum(),
                run.summaries().stream().mapToLong(io.consumerprotection.core.audit.RuleSummary::needsReview).sum()));
        out.printf(Locale.ROOT, "   %d rules over %,d complaints: %,d findings to act on; top: %s%n", rules.rules().size(),
                run.inputCounts().getOrDefault("COMPLAINT", 0L), failed.get(),
                failing.stream().limit(3).map(r -> r.ruleId() + " (" + (r.fail() + r.needsReview()) + ")").toList());
    }

    /** The scorecard's input as the command-line tool's {@code score} reads it, so the ranking can be redone there. */
    private static void writeScoreInput(AppraisalPeriod period, Map<UnitId, IndicatorValues> units, java.nio.file.Path file) {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var root = json.createObjectNode();
        root.put("period", period.toString());
        var unitsNode = root.putObject("units");
        units.forEach((unit, values) -> {
            var indicators = unitsNode.putObject(unit.value()).putObject("indicators");
            new TreeMap<>(values.asMap()).forEach((id, v) -> indicators.put(id.toString(), v.value()));
        });
        CompleteFiles.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static String percent(java.util.Optional<BigDecimal> p) {
        return p.map(v -> v.toPlainString() + "%").orElse("-");
    }
}
