package io.consumerprotection.core.reporting;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The host's base for ranking units: complaints per {@code per} of a denominator per unit (customers,
 * branches). Seed 000 ranks units by complaints; the regulator normalises per 10,000 customers or per branch.
 *
 * @param labelZh       {@code 每万名客户}
 * @param labelEn       {@code per 10,000 customers}
 * @param per           the multiplier, 10,000 for "per 10,000 customers"
 * @param denominators  the denominator per unit id
 */
public record UnitBase(String labelZh, String labelEn, long per, Map<String, Long> denominators) {

    public UnitBase {
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        if (per < 1) {
            throw new IllegalArgumentException("per must be at least 1, got " + per);
        }
        denominators = Map.copyOf(denominators);
        denominators.forEach((k, v) -> {
            if (v < 0) {
                throw new IllegalArgumentException("denominators: a negative denominator");
            }
        });
    }

    /** Complaints per 10,000 customers of each unit. */
    public static UnitBase perTenThousandCustomers(Map<String, Long> customersPerUnit) {
        return new UnitBase("每万名客户", "per 10,000 customers", 10_000, customersPerUnit);
    }

    /** Complaints per branch (网点) of each unit. */
    public static UnitBase perBranch(Map<String, Long> branchesPerUnit) {
        return new UnitBase("每个网点", "per branch", 1, branchesPerUnit);
    }

    /** No base: units ranked by their count. */
    public static UnitBase none() {
        return new UnitBase("", "", 1, Map.of());
    }

    @Override
    public String toString() {
        return "UnitBase[label=" + io.consumerprotection.spi.internal.Redaction.text(labelEn) + ", per=" + per
                + ", units=" + denominators.size() + "]";
    }

    /** The denominator of a unit, if the host gave one. */
    public Optional<Long> denominator(String unit) {
        return Optional.ofNullable(denominators.get(unit));
    }
}
