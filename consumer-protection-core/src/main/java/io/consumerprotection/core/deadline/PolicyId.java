package io.consumerprotection.core.deadline;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a deadline policy, such as {@code NFRA-2020-3}: upper-case ASCII letters, digits and {@code -},
 * 1 to 48 characters. {@link #toString()} gives the id, which {@link #of} accepts.
 */
public final class PolicyId implements Comparable<PolicyId> {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,47}");

    /** NFRA (ex-CBIRC) Order 2020 No. 3, complaint handling by banks and insurers. */
    public static final PolicyId NFRA_2020_3 = new PolicyId("NFRA-2020-3");
    /** PBoC Order 2020 No. 5, complaints transferred by the People's Bank of China. */
    public static final PolicyId PBOC_2020_5 = new PolicyId("PBOC-2020-5");
    /** The regulator's own 7 working days to register and forward a complaint (Order 2020 No. 3 art. 33). */
    public static final PolicyId REGULATOR_FORWARDING = new PolicyId("REGULATOR-FORWARDING");
    /** Credit-reporting dispute (征信异议), 20 days (征信业管理条例 art. 25). */
    public static final PolicyId CREDIT_REPORTING_DISPUTE = new PolicyId("CREDIT-REPORTING-DISPUTE");
    /** The internal 3-5-10 handling standard: contact in 3, plan in 5, resolved in 10 working days. */
    public static final PolicyId INTERNAL_3_5_10 = new PolicyId("INTERNAL-3-5-10");
    /** UK FCA DISP 1.5 and 1.6: summary resolution and final response. */
    public static final PolicyId FCA_DISP = new PolicyId("FCA-DISP");
    /** US CFPB complaint portal: response in 15 days, final in 60. */
    public static final PolicyId CFPB = new PolicyId("CFPB");

    private final String value;

    private PolicyId(String value) {
        this.value = value;
    }

    /**
     * The policy id with this text.
     *
     * @throws IllegalArgumentException when {@code id} is not upper-case letters, digits and {@code -}
     */
    public static PolicyId of(String id) {
        Objects.requireNonNull(id, "id");
        if (!FORM.matcher(id).matches()) {
            throw new IllegalArgumentException("id (" + Redaction.shape(id) + ") is not 1-48 upper-case letters, digits or '-'");
        }
        return new PolicyId(id);
    }

    @Override
    public int compareTo(PolicyId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
