package io.consumerprotection.core.appraisal;

import io.consumerprotection.core.rectification.Accountability;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The appraisal input built from accountability (问责) records: the staff-level veto of seed 003 (a major
 * service failure or a valid complaint vetoes the staff member's rating, 评先评优一票否决) read as data.
 * {@link #derive} counts, for one person and period, the decisions whose {@link Accountability#vetoesRating()}
 * is true, as the indicator {@link #RATING_VETOES} with the decisions' ids (and the complaints' ids, when
 * tied to one) as evidence; {@link #ratingVeto()} is the veto item a staff scorecard adds to read it.
 *
 * <pre>{@code
 * Scorecard staff = Scorecard.builder(ScorecardId.of("STAFF"), "2026")...veto(AccountabilityIndicators.ratingVeto()).build();
 * IndicatorValues in = AccountabilityIndicators.derive(register.accountability(itemId), UnitId.of("STAFF-0042"),
 *         AppraisalPeriod.year(2025), ZoneId.of("Asia/Shanghai"));
 * }</pre>
 */
public final class AccountabilityIndicators {

    /** Accountability decisions that veto the person's rating (count), from {@link AccountabilityIndicators}. */
    public static final IndicatorId RATING_VETOES = IndicatorId.of("accountability.rating-vetoes");

    private AccountabilityIndicators() {
    }

    /**
     * The rating-veto count of {@code person} (the staff id or role the decisions name in {@code who}) over the
     * decisions taken within {@code period}, days taken in {@code zone}. Always present: 0 with no evidence
     * when nothing vetoes.
     */
    public static IndicatorValues derive(Collection<Accountability> decisions, UnitId person, AppraisalPeriod period,
                                         ZoneId zone) {
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        List<Accountability> vetoes = decisions.stream()
                .filter(a -> a.vetoesRating() && a.who().equals(person.value()))
                .filter(a -> {
                    LocalDate d = LocalDate.ofInstant(a.decidedAt(), zone);
                    return !d.isBefore(period.from()) && !d.isAfter(period.to());
                })
                .toList();
        List<String> evidence = vetoes.stream()
                .flatMap(a -> a.complaint().isPresent()
                        ? java.util.stream.Stream.of(a.id().value(), a.complaint().get().value())
                        : java.util.stream.Stream.of(a.id().value()))
                .toList();
        return IndicatorValues.empty().with(RATING_VETOES, BigDecimal.valueOf(vetoes.size()), evidence);
    }

    /**
     * The veto item of seed 003: one rating-veto decision in the period gives the person score 0 and the lowest
     * grade ({@link Veto.Effect#ZERO}).
     */
    public static Veto ratingVeto() {
        return new Veto("staff-rating-veto", "评先评优一票否决（重大服务事故或有效投诉）", RATING_VETOES, BigDecimal.ONE,
                Veto.Effect.ZERO, null, "seed 003: 员工发生重大服务事故或有效投诉的，评先评优一票否决");
    }
}
