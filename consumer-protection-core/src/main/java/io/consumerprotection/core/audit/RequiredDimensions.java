package io.consumerprotection.core.audit;

import io.consumerprotection.core.complaint.Complaint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The dimensions a decided complaint's classification needs ({@link Complaint#REQUIRED_DIMENSIONS}), for the classification checks. */
final class RequiredDimensions {

    /** The required dimensions in name order. */
    static final List<String> SORTED = List.copyOf(new TreeSet<>(Complaint.REQUIRED_DIMENSIONS));
    private static final String[] IN_ORDER = SORTED.toArray(String[]::new);

    private RequiredDimensions() {
    }

    /** {@code "<dimension> missing"} for each required dimension without a non-blank code, in name order. */
    static List<String> missing(Map<String, String> codes) {
        List<String> problems = null;
        for (String dimension : IN_ORDER) {
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
}
