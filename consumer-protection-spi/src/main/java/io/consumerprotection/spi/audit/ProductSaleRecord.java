package io.consumerprotection.spi.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One sale of a product to a customer, with the suitability facts the audit rules check: risk levels,
 * the recorded sale (双录), enhanced review and fee disclosure. Values are never raw personal data: the
 * customer is a host reference.
 *
 * @param saleId             the host's sale id
 * @param soldOn             the sale date
 * @param customerReference  the host's customer reference (opaque)
 * @param productCode        the product code
 * @param productType        the product type, for example {@code WEALTH_MANAGEMENT}, {@code AGENCY_FUND},
 *                           {@code AGENCY_INSURANCE}, {@code DEPOSIT}, {@code LOAN}
 * @param productRiskLevel   the product's risk level 1..5 (R1..R5); 0 when the product has no risk rating
 * @param customerRiskLevel  the customer's assessed risk tolerance 1..5 (C1..C5); 0 when not assessed
 * @param customerAge        the customer's age in whole years on the sale date; -1 when unknown
 * @param channel            where it was sold, for example {@code BRANCH}, {@code ONLINE}, {@code PHONE}
 * @param recordingReference the audio-video recording of the sale (双录); {@code null} when none
 * @param enhancedReview     whether an enhanced review (second confirmation, supervisor check) was recorded
 * @param feesCharged        whether the product charges fees
 * @param feesDisclosed      whether the fees were disclosed before the sale
 * @param partnerId          the cooperating institution (partner) of an agency sale, as in the {@code PartnerRegistry};
 *                           empty when the bank sold its own product
 */
public record ProductSaleRecord(
        String saleId,
        LocalDate soldOn,
        String customerReference,
        String productCode,
        String productType,
        int productRiskLevel,
        int customerRiskLevel,
        int customerAge,
        String channel,
        String recordingReference,
        boolean enhancedReview,
        boolean feesCharged,
        boolean feesDisclosed,
        String partnerId) {

    public ProductSaleRecord {
        Objects.requireNonNull(saleId, "saleId");
        Objects.requireNonNull(soldOn, "soldOn");
        Objects.requireNonNull(productType, "productType");
        Objects.requireNonNull(channel, "channel");
        if (productRiskLevel < 0 || productRiskLevel > 5) {
            throw new IllegalArgumentException("productRiskLevel must be 0..5, got " + productRiskLevel);
        }
        if (customerRiskLevel < 0 || customerRiskLevel > 5) {
            throw new IllegalArgumentException("customerRiskLevel must be 0..5, got " + customerRiskLevel);
        }
        customerReference = customerReference == null ? "" : customerReference;
        productCode = productCode == null ? "" : productCode;
        partnerId = partnerId == null ? "" : partnerId;
    }

    /** A sale without a partner (the form before partners were recorded). */
    public ProductSaleRecord(String saleId, LocalDate soldOn, String customerReference, String productCode,
                             String productType, int productRiskLevel, int customerRiskLevel, int customerAge,
                             String channel, String recordingReference, boolean enhancedReview, boolean feesCharged,
                             boolean feesDisclosed) {
        this(saleId, soldOn, customerReference, productCode, productType, productRiskLevel, customerRiskLevel,
                customerAge, channel, recordingReference, enhancedReview, feesCharged, feesDisclosed, "");
    }

    /** This sale, made through the partner {@code id}. */
    public ProductSaleRecord withPartnerId(String id) {
        return new ProductSaleRecord(saleId, soldOn, customerReference, productCode, productType, productRiskLevel,
                customerRiskLevel, customerAge, channel, recordingReference, enhancedReview, feesCharged, feesDisclosed,
                Objects.requireNonNull(id, "id"));
    }

    @Override
    public String toString() {
        return "ProductSaleRecord[saleId=" + Redaction.code(saleId) + ", soldOn=" + soldOn + ", productType="
                + Redaction.code(productType) + ", R" + productRiskLevel + "/C" + customerRiskLevel + ", customerReference="
                + Redaction.personal(customerReference) + (partnerId.isEmpty() ? "" : ", partnerId=" + Redaction.code(partnerId)) + "]";
    }
}
