package io.consumerprotection.core.audit;

import io.consumerprotection.core.complaint.Complaint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What checks a complaint's classification against the code scheme in force, for the classification
 * rule: the problems it finds, in words, each naming the dimension.
 *
 * @implSpec Implementations are thread-safe and do no I/O per call.
 */
@FunctionalInterface
public interface ClassificationCheck {

    /** The problems of this classification (dimension → code); empty when it is complete and valid. */
    List<String> problems(Complaint complaint);

    /** The scheme version checked against, for the run record. */
    default String version() {
        return "custom";
    }

    /**
     * Presence only: every dimension of {@link Complaint#REQUIRED_DIMENSIONS} has a non-blank code. Use it
     * when no code scheme is configured; it cannot tell an unknown code.
     */
    static ClassificationCheck requiredDimensions() {
        List<String> required = List.copyOf(new TreeSet<>(Complaint.REQUIRED_DIMENSIONS));
        return new ClassificationCheck() {
            @Override
            public List<String> problems(Complaint complaint) {
                Map<String, String> codes = complaint.classification();
                List<String> problems = null;
                for (String dimension : required) {
                    String code = codes.get(dimension);
                    if (code == null || code.isBlank()) {
                        if (problems == null) {
                            problems = new ArrayList<>(2);
                        }
                        problems.add(dimension + " missing");
                    }
                }
                return problems == null ? List.of() : problems;
            }

            @Override
            public String version() {
                return "required dimensions " + required;
            }
        };
    }
}
