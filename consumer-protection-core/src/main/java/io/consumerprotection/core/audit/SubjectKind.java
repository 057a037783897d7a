package io.consumerprotection.core.audit;

import io.consumerprotection.core.inspection.CadencePeriod;
import io.consumerprotection.core.partner.PartnerActivity;
import io.consumerprotection.core.partner.PartnerSubject;
import io.consumerprotection.core.privacy.DataIncident;
import io.consumerprotection.core.reporting.ReportObligation;
import io.consumerprotection.spi.audit.ComplaintFileDeletionRecord;
import io.consumerprotection.spi.audit.DataSharingRecord;
import io.consumerprotection.spi.audit.GovernanceProfileRecord;
import io.consumerprotection.spi.audit.ProductSaleRecord;
import io.consumerprotection.spi.audit.StoredDataRecord;
import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A kind of subject that rules check, with its Java type and how to name one subject. The set is closed:
 * host rules check one of these kinds.
 *
 * @param <S> the subject's type
 */
public final class SubjectKind<S> {

    /** A complaint, with what the run knows about other complaints (from the {@code ComplaintStore}). */
    public static final SubjectKind<ComplaintSubject> COMPLAINT =
            new SubjectKind<>("COMPLAINT", ComplaintSubject.class, ComplaintSubject::id);
    /** A deleted complaint file (from the {@code GovernanceFactsSource}). */
    public static final SubjectKind<ComplaintFileDeletionRecord> COMPLAINT_FILE_DELETION =
            new SubjectKind<>("COMPLAINT_FILE_DELETION", ComplaintFileDeletionRecord.class, ComplaintFileDeletionRecord::complaintId);
    /** An institution's governance facts for one year (from the {@code GovernanceFactsSource}). */
    public static final SubjectKind<GovernanceProfileRecord> GOVERNANCE_PROFILE =
            new SubjectKind<>("GOVERNANCE_PROFILE", GovernanceProfileRecord.class, GovernanceProfileRecord::subjectId);
    /** A product sale (from the {@code SalesFactsSource}). */
    public static final SubjectKind<ProductSaleRecord> PRODUCT_SALE =
            new SubjectKind<>("PRODUCT_SALE", ProductSaleRecord.class, ProductSaleRecord::saleId);
    /** A provision of personal data to another party (from the {@code SharingFactsSource}). */
    public static final SubjectKind<DataSharingRecord> DATA_SHARING =
            new SubjectKind<>("DATA_SHARING", DataSharingRecord.class, DataSharingRecord::sharingId);
    /** An entry of the inventory of personal data kept at rest (from the {@code SharingFactsSource}). */
    public static final SubjectKind<StoredDataRecord> STORED_DATA =
            new SubjectKind<>("STORED_DATA", StoredDataRecord.class, StoredDataRecord::subjectId);

    /** A reviewed subject version with its review facts (built from the review register). */
    public static final SubjectKind<ReviewedSubject> REVIEW_SUBJECT =
            new SubjectKind<>("REVIEW_SUBJECT", ReviewedSubject.class, ReviewedSubject::id);

    /** A rectification item with its earlier items of the same rule at the same unit (from the {@code RectificationStore}). */
    public static final SubjectKind<RectificationSubject> RECTIFICATION =
            new SubjectKind<>("RECTIFICATION", RectificationSubject.class, RectificationSubject::id);
    /** A report owed for a period, with its submission if recorded (from the host's submission records). */
    public static final SubjectKind<ReportObligation> REPORT_OBLIGATION =
            new SubjectKind<>("REPORT_OBLIGATION", ReportObligation.class, ReportObligation::id);

    /** A personal-data incident (from the {@code IncidentStore}, through the {@code IncidentRegister}). */
    public static final SubjectKind<DataIncident> DATA_INCIDENT =
            new SubjectKind<>("DATA_INCIDENT", DataIncident.class, i -> i.id().value());

    /** A sale or data provision through a partner (built by {@code PartnerFacts.activities}). */
    public static final SubjectKind<PartnerActivity> PARTNER_ACTIVITY =
            new SubjectKind<>("PARTNER_ACTIVITY", PartnerActivity.class, PartnerActivity::subjectId);
    /** A cooperating institution with its complaint figures (built by {@code PartnerFacts.partners}). */
    public static final SubjectKind<PartnerSubject> PARTNER =
            new SubjectKind<>("PARTNER", PartnerSubject.class, s -> s.partner().id().value());

    /** One period of the three-level inspection cadence for one unit (from {@code Inspections.cadence}). */
    public static final SubjectKind<CadencePeriod> CADENCE_PERIOD =
            new SubjectKind<>("CADENCE_PERIOD", CadencePeriod.class, CadencePeriod::subjectId);

    private static final List<SubjectKind<?>> ALL = List.of(COMPLAINT, COMPLAINT_FILE_DELETION, GOVERNANCE_PROFILE,
            PRODUCT_SALE, DATA_SHARING, STORED_DATA, REVIEW_SUBJECT, RECTIFICATION, REPORT_OBLIGATION,
            DATA_INCIDENT, PARTNER_ACTIVITY, PARTNER, CADENCE_PERIOD);

    private final String name;
    private final Class<S> type;
    private final Function<S, String> id;

    private SubjectKind(String name, Class<S> type, Function<S, String> id) {
        this.name = name;
        this.type = type;
        this.id = id;
    }

    /** Every kind, in a fixed order. */
    public static List<SubjectKind<?>> values() {
        return ALL;
    }

    /**
     * The kind with this name.
     *
     * @throws IllegalArgumentException when there is none
     */
    public static SubjectKind<?> valueOf(String name) {
        Objects.requireNonNull(name, "name");
        for (SubjectKind<?> k : ALL) {
            if (k.name.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("name (" + Redaction.shape(name) + ") is not a subject kind; known: " + ALL);
    }

    /** The kind's name, for example {@code COMPLAINT}. */
    public String name() {
        return name;
    }

    /** The subject's Java type. */
    public Class<S> type() {
        return type;
    }

    /** The id of one subject of this kind. */
    public String idOf(S subject) {
        return id.apply(subject);
    }

    @Override
    public String toString() {
        return name;
    }
}
