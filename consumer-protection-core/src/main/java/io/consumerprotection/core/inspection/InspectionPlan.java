package io.consumerprotection.core.inspection;

import io.consumerprotection.spi.internal.Redaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An inspection plan: what kind of inspection, run by which unit, over which period, of which share of the units
 * (seed 000: each supervising branch checks a share of its branches), with which checklist, and the units sampled.
 *
 * @param id              the plan's id
 * @param kind            the kind of inspection
 * @param organiser       the unit that runs it
 * @param from            the first day
 * @param to              the last day (inclusive)
 * @param samplingPercent the share of units inspected, 1 to 100
 * @param checklistId     the checklist used
 * @param units           the units sampled
 * @param version         the stored version
 */
public record InspectionPlan(String id, InspectionKind kind, String organiser, LocalDate from, LocalDate to,
                             int samplingPercent, String checklistId, List<String> units, long version) {

    public InspectionPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organiser, "organiser");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(checklistId, "checklistId");
        units = List.copyOf(units);
    }

    /**
     * The units a plan samples: {@code ceil(percent × n / 100)} of {@code candidates} (at least one when there are any),
     * chosen by the SHA-256 of {@code seed} and the unit, so that the same seed gives the same sample and no unit
     * can predict it without the seed. The sample is returned in the candidates' order.
     */
    public static List<String> sample(List<String> candidates, int percent, String seed) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(seed, "seed");
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent must be 1..100");
        }
        List<String> distinct = candidates.stream().distinct().toList();
        int n = (int) Math.ceil(distinct.size() * percent / 100.0);
        List<String> ranked = new ArrayList<>(distinct);
        ranked.sort(Comparator.comparing((String u) -> rank(seed, u)).thenComparing(u -> u));
        List<String> chosen = ranked.subList(0, n);
        return distinct.stream().filter(chosen::contains).toList();
    }

    private static String rank(String seed, String unit) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((seed + "\u0000" + unit).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    @Override
    public String toString() {
        return "InspectionPlan[id=" + Redaction.code(id) + ", kind=" + kind + ", organiser=" + Redaction.code(organiser) + ", "
                + from + ".." + to + ", " + samplingPercent + "%, checklist=" + Redaction.code(checklistId) + ", units="
                + units.size() + "]";
    }
}
