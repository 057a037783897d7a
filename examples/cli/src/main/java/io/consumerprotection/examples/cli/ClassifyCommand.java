package io.consumerprotection.examples.cli;

import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.core.classification.NarrativeClassifier;
import io.consumerprotection.core.classification.Suggestion;
import io.consumerprotection.core.classification.Suggestions;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code classify}: suggests classification codes for complaint narratives. Input lines
 * {@code {"id":"…","text":"…"}}; output lines {@code {"id":…,"schemeVersion":…,"dictionaryVersion":…,
 * "suggestions":{"BUSINESS":[{"code","nameZh","nameEn","confidence","evidence":[…]}…],…}}}, best first.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Suggest business category, cause, rights, group and sensitivity codes for complaint narratives "
                + "(JSON Lines {\"id\":…,\"text\":…} in, ranked suggestions with evidence out).")
public final class ClassifyCommand extends JsonLinesCommand {

    @Option(names = "--top", defaultValue = "3", paramLabel = "N", description = "suggestions per dimension (default ${DEFAULT-VALUE})")
    int top;

    private final NarrativeClassifier classifier = NarrativeClassifier.bundled();

    @Override
    protected ObjectNode answer(JsonNode request) {
        if (top < 1) {
            throw new IllegalArgumentException("--top must be at least 1");
        }
        Suggestions s = classifier.suggest(required(request, "text"));
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
