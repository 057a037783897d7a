package io.consumerprotection.core.partner;

import io.consumerprotection.spi.audit.DataSharingRecord;
import io.consumerprotection.spi.audit.ProductSaleRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The subjects of the partner audit rules, built from the host's facts and the {@link PartnerDirectory}: the sales
 * that name a partner and the data provisions to a {@code PARTNER} recipient ({@link PartnerActivity}), and each
 * partner with its complaint figures ({@link PartnerSubject}).
 */
public final class PartnerFacts {

    private PartnerFacts() {
    }

    /** The activities through partners of these sales and provisions (sales without a partner are left out). */
    public static Stream<PartnerActivity> activities(PartnerDirectory directory, Stream<ProductSaleRecord> sales,
                                                     Stream<DataSharingRecord> sharings, ZoneId zone) {
        Map<String, Partner> byId = directory.all().stream().collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
        Stream<PartnerActivity> a = sales.filter(s -> !s.partnerId().isEmpty())
                .map(s -> PartnerActivity.of(PartnerActivity.Kind.SALE, s.saleId(), s.partnerId(), s.soldOn(),
                        java.util.Optional.ofNullable(byId.get(s.partnerId())), zone));
        Stream<PartnerActivity> b = sharings.filter(d -> "PARTNER".equals(d.recipientKind()))
                .map(d -> PartnerActivity.of(PartnerActivity.Kind.SHARING, d.sharingId(), d.recipient(), d.sharedOn(),
                        java.util.Optional.ofNullable(byId.get(d.recipient())), zone));
        return Stream.concat(a, b);
    }

    /** Every partner with its complaint figures over complaints received in {@code [from, to)}. */
    public static List<PartnerSubject> partners(PartnerDirectory directory, Stream<ComplaintRecord> complaints,
                                                Instant from, Instant to) {
        List<Partner> all = directory.all();
        List<PartnerFigures> figures = PartnerComplaints.of(all.stream().map(Partner::id).collect(Collectors.toSet()))
                .figures(complaints, from, to);
        Map<PartnerId, PartnerFigures> byId = figures.stream().collect(Collectors.toMap(PartnerFigures::partner, f -> f));
        return all.stream().map(p -> new PartnerSubject(p, byId.get(p.id()))).toList();
    }
}
