package io.consumerprotection.core.audit;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes a SARIF 2.1.0 log of one run, streaming: {@link #start} writes the tool with every rule of the
 * set in {@code tool.driver.rules}, each finding is written as a result as it comes, and {@link #finish}
 * writes the invocation with the run record. Finding kinds map to SARIF {@code kind} ({@code pass},
 * {@code fail}, {@code notApplicable}, {@code review}); a failure's {@code level} follows the severity in
 * force ({@code CRITICAL} and {@code HIGH} → {@code error}, {@code MEDIUM} → {@code warning},
 * {@code LOW} and {@code INFO} → {@code note}); other kinds have level {@code none}. Subjects are logical
 * locations ({@code COMPLAINT/CP-…}). {@code message.text} is the rule's English message; the result's property
 * {@code messageZh} holds its Chinese form ({@link FindingMessages#builtIn()}) when a template matches. Not thread-safe.
 */
public final class SarifLog implements Consumer<Finding>, Flushable {

    /** The tool name in {@code tool.driver.name}. */
    public static final String TOOL = "consumer-protection-audit";

    private final Appendable out;
    private final JsonOut json;
    private final Map<RuleId, Integer> ruleIndex = new HashMap<>();
    private boolean firstResult = true;
    private boolean finished;

    private SarifLog(Appendable out) {
        this.out = out;
        this.json = new JsonOut(out);
    }

    /** Starts a log for a run of this rule set: writes everything up to the results array. */
    public static SarifLog start(Appendable out, RuleSet ruleSet) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        SarifLog log = new SarifLog(Objects.requireNonNull(out, "out"));
        JsonOut j = log.json;
        j.begin().field("$schema", "https://json.schemastore.org/sarif-2.1.0.json").field("version", "2.1.0")
                .beginArray("runs").element().begin();
        j.object("tool").object("driver").field("name", TOOL).field("version", ruleSet.version())
                .field("semanticVersion", "0.1.0").beginArray("rules");
        int index = 0;
        for (Rule<?> r : ruleSet.rules()) {
            RuleDefinition d = r.definition();
            Severity s = ruleSet.severityOf(d.id());
            log.ruleIndex.put(d.id(), index++);
            j.element().begin().field("id", d.id().value()).field("name", camel(d.titleEn()))
                    .object("shortDescription").field("text", d.titleEn()).end()
                    .object("fullDescription").field("text", d.titleZh() + " — " + d.titleEn() + ". Legal basis: " + d.citation()).end()
                    .object("defaultConfiguration").field("level", level(s)).end()
                    .object("properties").field("version", d.version()).field("titleZh", d.titleZh())
                    .field("citation", d.citation().toString()).field("severity", s.name())
                    .field("subjectKind", d.subjectKind()).end()
                    .end();
        }
        j.endArray().end().end();
        j.object("automationDetails").field("id", ruleSet.id() + "/" + ruleSet.version()).end();
        j.beginArray("results");
        return log;
    }

    @Override
    public void accept(Finding f) {
        if (finished) {
            throw new IllegalStateException("the SARIF log is finished");
        }
        if (!firstResult) {
            json.raw(",");
        }
        firstResult = false;
        json.begin().field("ruleId", f.ruleId().value());
        Integer idx = ruleIndex.get(f.ruleId());
        if (idx != null) {
            json.field("ruleIndex", idx);
        }
        json.field("kind", kind(f.kind())).field("level", f.kind() == FindingKind.FAIL ? level(f.severity()) : "none")
                .object("message").field("text", f.message().isEmpty() ? f.kind().name() : f.message()).end()
                .beginArray("locations").element().begin().beginArray("logicalLocations").element().begin()
                .field("name", f.subjectId()).field("fullyQualifiedName", f.subjectKind() + "/" + f.subjectId())
                .field("kind", "object").end().endArray().end().endArray()
                .object("properties").field("subjectKind", f.subjectKind()).field("severity", f.severity().name())
                .field("ruleVersion", f.ruleVersion());
        if (!f.message().isEmpty()) {
            FindingMessages.builtIn().findChinese(f).ifPresent(zh -> json.field("messageZh", zh));
        }
        json.evidence("evidence", f.evidence()).end().end();
    }

    /** Ends the results and writes the invocation with the run record; the log is then complete. */
    public void finish(RunRecord run) {
        Objects.requireNonNull(run, "run");
        if (finished) {
            throw new IllegalStateException("the SARIF log is finished");
        }
        finished = true;
        json.endArray();
        json.beginArray("invocations").element().begin().field("executionSuccessful", !run.cancelled())
                .field("startTimeUtc", run.startedAt().toString()).field("endTimeUtc", run.finishedAt().toString())
                .object("properties");
        RunReports.writeRunFields(json, run);
        json.end().end().endArray();
        json.end().endArray().end();
        json.raw("\n");
        flush();
    }

    static String kind(FindingKind k) {
        return switch (k) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case NOT_APPLICABLE -> "notApplicable";
            case NEEDS_REVIEW -> "review";
        };
    }

    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    private static String camel(String title) {
        StringBuilder sb = new StringBuilder();
        boolean up = true;
        for (char c : title.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            } else {
                up = true;
            }
        }
        return sb.toString();
    }

    @Override
    public void flush() {
        if (out instanceof Flushable fl) {
            try {
                fl.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
