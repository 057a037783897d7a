package io.consumerprotection.core.privacy;

import io.consumerprotection.core.internal.privacy.ReferenceTable;
import io.consumerprotection.spi.internal.Redaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long after discovery each duty of a personal-data incident falls due, by whether it may endanger safety,
 * and the share of the term after which an open duty is at risk: versioned data ({@code incident-policy.tsv},
 * PBoC Order 2020 No. 5 art. 34: at once when it may endanger safety, otherwise within 72 hours). "At once" is
 * not a number in the rule; the bundled one hour is this project's reading and a host changes it with
 * {@link #withTerm} or its own table ({@link #read}). Immutable.
 */
public final class IncidentPolicy {

    /** The term of one duty and where it comes from. */
    public record Term(Duration duration, String citation, String confidence) {
        public Term {
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(citation, "citation");
            Objects.requireNonNull(confidence, "confidence");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("duration must be positive");
            }
        }

        @Override
        public String toString() {
            return "Term[duration=" + duration + ", citation=" + Redaction.text(citation) + ", confidence="
                    + Redaction.code(confidence) + "]";
        }
    }

    private static final IncidentPolicy BUNDLED = load();

    private final String version;
    private final Map<IncidentDuty, Term> endangering;
    private final Map<IncidentDuty, Term> other;
    private final double atRiskShare;

    private IncidentPolicy(String version, Map<IncidentDuty, Term> endangering, Map<IncidentDuty, Term> other,
                           double atRiskShare) {
        this.version = version;
        this.endangering = Map.copyOf(endangering);
        this.other = Map.copyOf(other);
        this.atRiskShare = atRiskShare;
    }

    /** The bundled policy (version {@code 2026a}). */
    public static IncidentPolicy bundled() {
        return BUNDLED;
    }

    private static IncidentPolicy load() {
        try (InputStream in = IncidentPolicy.class.getResourceAsStream("incident-policy.tsv")) {
            return read(Objects.requireNonNull(in, "incident-policy.tsv is missing from the classpath"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A policy from a table in the bundled format; every duty must have a term for both cases.
     *
     * @throws IllegalArgumentException naming the row when a cell is malformed or a term is missing
     */
    public static IncidentPolicy read(InputStream in) throws IOException {
        ReferenceTable t = ReferenceTable.read(Objects.requireNonNull(in, "in"));
        Map<IncidentDuty, Term> endangering = new EnumMap<>(IncidentDuty.class);
        Map<IncidentDuty, Term> other = new EnumMap<>(IncidentDuty.class);
        double share = 0.8;
        int n = 0;
        for (String[] row : t.rows()) {
            n++;
            try {
                if (row[0].equals("due") && row.length >= 6) {
                    Term term = new Term(Duration.parse(row[3].strip()), row[4].strip(), row[5].strip());
                    (Boolean.parseBoolean(row[2].strip()) ? endangering : other).put(IncidentDuty.valueOf(row[1].strip()), term);
                } else if (row[0].equals("atRisk") && row.length >= 2) {
                    share = Double.parseDouble(row[1].strip());
                    if (!(share > 0 && share <= 1)) {
                        throw new IllegalArgumentException("atRisk share must lie in (0, 1]");
                    }
                } else {
                    throw new IllegalArgumentException("unknown row kind " + Redaction.code(row[0]));
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("incident policy row " + n + ": " + e.getMessage(), e);
            }
        }
        for (IncidentDuty d : IncidentDuty.values()) {
            if (!endangering.containsKey(d) || !other.containsKey(d)) {
                throw new IllegalArgumentException("incident policy: duty " + d + " needs a term for both cases");
            }
        }
        return new IncidentPolicy(t.version(), endangering, other, share);
    }

    /** The data version. */
    public String version() {
        return version;
    }

    /** The share of a term after which an open duty is at risk. */
    public double atRiskShare() {
        return atRiskShare;
    }

    /** The term of a duty for an incident that may or may not endanger safety. */
    public Term term(IncidentDuty duty, boolean mayEndangerSafety) {
        Objects.requireNonNull(duty, "duty");
        return (mayEndangerSafety ? endangering : other).get(duty);
    }

    /** A copy with one term replaced, under a new data version. */
    public IncidentPolicy withTerm(IncidentDuty duty, boolean mayEndangerSafety, Term term, String dataVersion) {
        Map<IncidentDuty, Term> e = new EnumMap<>(endangering);
        Map<IncidentDuty, Term> o = new EnumMap<>(other);
        (mayEndangerSafety ? e : o).put(Objects.requireNonNull(duty, "duty"), Objects.requireNonNull(term, "term"));
        return new IncidentPolicy(Objects.requireNonNull(dataVersion, "dataVersion"), e, o, atRiskShare);
    }

    @Override
    public String toString() {
        return "IncidentPolicy[version=" + version + ", endangering=" + endangering.keySet() + ", atRisk=" + atRiskShare + "]";
    }
}
