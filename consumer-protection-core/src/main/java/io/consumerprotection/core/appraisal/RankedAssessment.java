package io.consumerprotection.core.appraisal;

import java.util.Objects;

/**
 * An assessment and its place in a ranking (competition ranking: tied units share a rank and the next
 * rank skips, 1, 1, 3).
 *
 * @param rank       1 for the best
 * @param assessment the assessment
 */
public record RankedAssessment(int rank, Assessment assessment) {

    public RankedAssessment {
        Objects.requireNonNull(assessment, "assessment");
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be at least 1, got " + rank);
        }
    }
}
