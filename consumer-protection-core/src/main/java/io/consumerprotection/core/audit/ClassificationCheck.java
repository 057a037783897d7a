package io.consumerprotection.core.audit;

import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.classification.ClassificationValidator;
import io.consumerprotection.core.internal.ZoneDay;
import io.consumerprotection.spi.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /**
     * The problems of the subject's classification; by default those of {@link #problems(Complaint)} on
     * the subject's aggregate. The built-in checks read the record and build no aggregate.
     */
    default List<String> problems(ComplaintSubject subject) {
        return problems(subject.complaint());
    }

    /** The scheme version checked against, for the run record. */
    default String version() {
        return "custom";
    }

    /**
     * The code scheme in force on the day the complaint was received (the classification engine): every
     * dimension of {@link Complaint#REQUIRED_DIMENSIONS} present, and every code given known, a leaf where
     * the scheme asks for one, and valid on that day. Dimensions the lifecycle does not require may be
     * missing.
     */
    static ClassificationCheck scheme(ClassificationValidator validator) {
        java.util.Objects.requireNonNull(validator, "validator");
        ZoneDay chinaDays = ZoneDay.of(Complaint.CHINA);
        String versions = "scheme " + validator.catalog().versions().stream().map(v -> v.version())
                .collect(java.util.stream.Collectors.joining(", "));
        return new ClassificationCheck() {
            @Override
            public List<String> problems(Complaint complaint) {
                return problems(complaint.classification(), complaint.receivedAt());
            }

            @Override
            public List<String> problems(ComplaintSubject subject) {
                return problems(subject.record().classification(), subject.record().receivedAt());
            }

            private List<String> problems(Map<String, String> codes, java.time.Instant receivedAt) {
                List<String> missing = RequiredDimensions.missing(codes);
                List<Violation> invalid = validator.violations(codes, chinaDays.dayOf(receivedAt), false);
                if (invalid.isEmpty()) {
                    return missing;
                }
                List<String> all = new ArrayList<>(missing);
                for (Violation v : invalid) {
                    all.add(v.message());
                }
                return all;
            }

            @Override
            public String version() {
                return versions;
            }
        };
    }

    /**
     * Presence only: every dimension of {@link Complaint#REQUIRED_DIMENSIONS} has a non-blank code. Use it
     * when no code scheme is configured; it cannot tell an unknown code.
     */
    static ClassificationCheck requiredDimensions() {
        return new ClassificationCheck() {
            @Override
            public List<String> problems(Complaint complaint) {
                return RequiredDimensions.missing(complaint.classification());
            }

            @Override
            public List<String> problems(ComplaintSubject subject) {
                return RequiredDimensions.missing(subject.record().classification());
            }

            @Override
            public String version() {
                return "required dimensions " + RequiredDimensions.SORTED;
            }
        };
    }
}
