package io.consumerprotection.examples.cli;

import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.core.classification.NarrativeClassifier;
import io.consumerprotection.core.classification.Suggestion;
import io.consumerprotection.core.classification.Suggestions;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code classify}: suggests classification codes for complaint narratives. Input lines
 * {@code {"id":"…","text":"…"}}; output lines {@code {"id":…,"schemeVersion":…,"dictionaryVersion":…,
 * "suggestions":{"BUSINESS":[{"code","nameZh","nameEn","confidence","evidence":[…]}…],…}}}, best first. The
 * classifier is the SDK's default ({@link NarrativeClassifier#bundled()}: dictionary blended with the bundled prior,
 * {@code dictionaryVersion} {@code 2026.3+prior-2026.1}); {@code --dictionary-alone} gives the dictionary's own
 * suggestions ({@code 2026.3}).
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Suggest business category, cause, rights, group and sensitivity codes for complaint narratives "
                + "(JSON Lines {\"id\":…,\"text\":…} in, ranked suggestions with evidence out). Linear in the text's length.",
        exitCodeListHeading = Cli.EXIT_HEADING, exitCodeList = {Cli.EXIT_0, Cli.EXIT_1, Cli.EXIT_2, Cli.EXIT_3})
public final class ClassifyCommand extends JsonLinesCommand {

    @Option(names = "--top", defaultValue = "3", paramLabel = "N", description = "suggestions per dimension (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--dictionary-alone", description = "the dictionary's suggestions without the bundled prior "
            + "(the behaviour before dictionary version 2026.3+prior-2026.1)")
    boolean dictionaryAlone;

    private NarrativeClassifier classifier;

    static final List<Op> OPS = List.of(Op.of("", "a complaint narrative",
            "{\"id\":\"1\",\"text\":\"我的信用卡昨天晚上被盗刷了3笔，要求银行赔偿！\"}",
            "{\"id\":\"1\",\"schemeVersion\":\"2018.1\",\"dictionaryVersion\":\"2026.3+prior-2026.1\",\"suggestions\":{\"BUSINESS\":[{\"code\":\"0602\","
                    + "\"nameZh\":…,\"nameEn\":…,\"confidence\":0.8,\"evidence\":[\"信用卡\",\"盗刷\"]}],…}}",
            Op.Field.required("text", "text", "the narrative, any length")));

    @Override
    List<Op> ops() {
        return OPS;
    }

    @Override
    void checkOptions() {
        if (top < 1) {
            throw CommandFailure.usage("--top", top + " is not accepted; give a whole number of at least 1");
        }
        classifier = dictionaryAlone ? NarrativeClassifier.bundled().withoutPrior() : NarrativeClassifier.bundled();
    }

    @Override
    ObjectNode answer(Op op, Request request) {
        Suggestions s = classifier.suggest(request.text("text"));
        ObjectNode out = JSON.createObjectNode();
        out.put("schemeVersion", s.schemeVersion());
        out.put("dictionaryVersion", s.dictionaryVersion());
        ObjectNode all = out.putObject("suggestions");
        for (Dimension d : Dimension.values()) {
            List<Suggestion> list = s.of(d);
            if (list.isEmpty()) {
                continue;
            }
            ArrayNode arr = all.putArray(d.name());
            for (Suggestion x : list.subList(0, Math.min(top, list.size()))) {
                ObjectNode o = arr.addObject();
                o.put("code", x.code());
                o.put("nameZh", x.nameZh());
                o.put("nameEn", x.nameEn());
                o.put("confidence", x.confidence());
                ArrayNode ev = o.putArray("evidence");
                x.evidence().forEach(ev::add);
            }
        }
        return out;
    }
}
