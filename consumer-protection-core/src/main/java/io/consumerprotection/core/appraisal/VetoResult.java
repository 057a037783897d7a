package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Whether a veto item triggered for a unit, with its input and evidence.
 *
 * @param veto      the veto item
 * @param input     the input value
 * @param evidence  the evidence behind it (record ids)
 * @param triggered whether {@code input >= atLeast}
 */
public record VetoResult(Veto veto, BigDecimal input, List<String> evidence, boolean triggered) {

    public VetoResult {
        Objects.requireNonNull(veto, "veto");
        evidence = List.copyOf(evidence);
    }

    @Override
    public String toString() {
        return "VetoResult[veto=" + (veto == null ? null : Redaction.code(veto.id())) + ", input=" + input + ", evidence="
                + Redaction.codes(evidence) + ", triggered=" + triggered + "]";
    }
}
