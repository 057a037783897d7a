package io.consumerprotection.examples.cli;

import io.consumerprotection.core.review.ReviewScanner;
import io.consumerprotection.core.review.ScanFinding;
import io.consumerprotection.core.review.ScanKind;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code review}: consumer-protection review (消保审查) tools; {@code review scan} checks marketing copy and clauses. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Consumer-protection review (消保审查): scan marketing copy and contract clauses for banned claims "
                + "and unfair standard terms.",
        exitCodeListHeading = Cli.EXIT_HEADING, exitCodeList = {Cli.EXIT_0, Cli.EXIT_1, Cli.EXIT_2, Cli.EXIT_3},
        footerHeading = "%n",
        footer = {"  e.g. echo '{\"id\":\"1\",\"kind\":\"MARKETING\",\"text\":\"本产品零风险\"}' | review scan"},
        subcommands = {CommandLine.HelpCommand.class, ReviewCommand.Scan.class})
public final class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }

    /**
     * {@code review scan}: input lines {@code {"id":"…","kind":"MARKETING"|"CONTRACT","text":"…"}}; output lines
     * {@code {"id":"…","findings":[{"ruleId","category","start","end","quote","severity","citation","suggestion"}]}}
     * ({@code start}/{@code end} in UTF-16 units of the text; an empty list for a clean text).
     */
    @Command(name = "scan", mixinStandardHelpOptions = true,
            description = "Scan texts for banned marketing claims (保本、零风险、承诺收益、混淆存款、绝对化用语、催促销售、虚假背书) "
                    + "and unfair standard terms (排除权利、免除责任、加重责任、最终解释权、单方变更、捆绑搭售), with the "
                    + "citation and a suggested rewrite; negations and disclosures (本产品不保本) are clean. JSON Lines "
                    + "{\"id\":…,\"kind\":\"MARKETING\"|\"CONTRACT\",\"text\":…} in, {\"id\":…,\"findings\":[…]} out.",
            exitCodeListHeading = Cli.EXIT_HEADING, exitCodeList = {Cli.EXIT_0, Cli.EXIT_1, Cli.EXIT_2, Cli.EXIT_3},
            footerHeading = "%n",
            footer = {"  e.g. review scan --input texts.jsonl > findings.jsonl"})
    public static final class Scan extends JsonLinesCommand {

        private final ReviewScanner scanner = ReviewScanner.builtIn();

        static final List<Op> OPS = List.of(Op.of("", "a marketing text or a contract clause",
                "{\"id\":\"1\",\"kind\":\"MARKETING\",\"text\":\"本产品零风险\"}",
                "{\"id\":\"1\",\"findings\":[{\"ruleId\":\"MKT-ZERO-RISK\",\"category\":\"ZERO_RISK\",\"start\":3,"
                        + "\"end\":6,\"quote\":\"零风险\",\"severity\":\"HIGH\",\"citation\":…,\"suggestion\":…}]}",
                Op.Field.required("kind", "MARKETING|CONTRACT", "what the text is"),
                Op.Field.required("text", "text", "the text, any length")));

        @Override
        List<Op> ops() {
            return OPS;
        }

        /** A text with findings makes the exit status 1, as failing findings do in {@code audit}. */
        @Override
        boolean isFinding(ObjectNode answer) {
            return answer.has("findings") && !answer.get("findings").isEmpty();
        }

        @Override
        ObjectNode answer(Op op, Request request) {
            ScanKind kind = ScanKind.valueOf(request.oneOf("kind", List.of("MARKETING", "CONTRACT")));
            String text = request.text("text");
            ObjectNode out = JSON.createObjectNode();
            ArrayNode findings = out.putArray("findings");
            for (ScanFinding f : scanner.scan(kind, text)) {
                ObjectNode o = findings.addObject();
                o.put("ruleId", f.ruleId().value());
                o.put("category", f.category().name());
                o.put("start", f.start());
                o.put("end", f.end());
                o.put("quote", f.quote());
                o.put("severity", f.severity().name());
                o.put("citation", f.citation());
                o.put("suggestion", f.suggestion());
            }
            return out;
        }
    }
}
