package io.consumerprotection.examples.host.demo;

import io.consumerprotection.core.audit.Finding;
import io.consumerprotection.core.audit.FindingMessages;
import io.consumerprotection.core.audit.RuleSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The demo report's table of example findings: one per rule that failed or needs review, most severe first, with the
 * rule's message in the report's language (Chinese from core's {@link FindingMessages}).
 */
final class FindingExamples {

    static final String TITLE = "One finding per rule (the first complaint of each rule that fails or needs review), most severe first";

    private FindingExamples() {
    }

    static void addTo(Report report, RuleSet rules, Collection<Finding> examples) {
        List<Finding> sorted = examples.stream().sorted(Comparator.comparing(Finding::severity, Comparator.reverseOrder())
                .thenComparing(f -> f.ruleId().value())).toList();
        for (Finding f : sorted) {
            FindingMessages.builtIn().findChinese(f).ifPresent(zh -> report.chinese.put(f.message(), zh));
        }
        report.table(new Report.Table(TITLE, List.of("rule", "title", "severity", "complaint", "outcome", "what was found"),
                sorted.stream().map(f -> List.of(f.ruleId().value(), rules.find(f.ruleId()).map(r -> r.definition().titleZh())
                        .orElse(""), f.severity().name(), f.subjectId(), f.kind().name(), f.message())).toList()));
    }
}
