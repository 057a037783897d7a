/**
 * The consumer-protection SDK: complaints and their lifecycle, classification, deadlines on working calendars,
 * personal financial information, audit rules, statistics, reporting and appraisal, behind the
 * {@link io.consumerprotection.core.ConsumerProtection} facade.
 *
 * <p>Every package is exported except {@code io.consumerprotection.core.internal} and its subpackages, which may
 * change in any release. The bundled data files (calendars, deadline policies, classification schemes, dictionaries)
 * sit in the exported packages of the classes that read them and load on the module path as on the class path.
 * MapStruct is needed only at compile time ({@code requires static}): its generated mapper has no runtime
 * dependency on it. {@code io.consumerprotection.core.complaint} is also open, for the host's Jakarta Validation
 * provider to read the constraints of {@code Intake}.
 */
module io.consumerprotection.core {
    requires transitive io.consumerprotection.spi;
    requires transitive jakarta.validation;
    requires com.google.common;
    requires org.slf4j;
    requires static org.mapstruct;

    exports io.consumerprotection.core;
    exports io.consumerprotection.core.appraisal;
    exports io.consumerprotection.core.audit;
    exports io.consumerprotection.core.calendar;
    exports io.consumerprotection.core.classification;
    exports io.consumerprotection.core.complaint;
    exports io.consumerprotection.core.deadline;
    exports io.consumerprotection.core.inspection;
    exports io.consumerprotection.core.partner;
    exports io.consumerprotection.core.privacy;
    exports io.consumerprotection.core.privacy.validation;
    exports io.consumerprotection.core.rectification;
    exports io.consumerprotection.core.reporting;
    exports io.consumerprotection.core.review;
    exports io.consumerprotection.core.statistics;
    exports io.consumerprotection.core.warning;

    // Intake and Complainant carry Jakarta constraints on their record components: the host's Jakarta Validation
    // provider (Hibernate Validator, Apache BVal, ...) reads them by reflection (ModulePathIT checks it)
    opens io.consumerprotection.core.complaint;

    // ServiceLoader look-ups: ConsumerProtection.Builder.discoverProviders() and RuleSet.Builder.discoverProviders()
    uses io.consumerprotection.spi.complaint.ComplaintStore;
    uses io.consumerprotection.spi.notification.NotificationSender;
    uses io.consumerprotection.spi.audit.AuditSink;
    uses io.consumerprotection.core.audit.RuleProvider;
}
