/**
 * The service-provider interfaces of the consumer-protection SDK: the records a host stores and the ports it
 * implements (complaint store, notification sender, audit sink, calendars, schemes, facts sources). In-memory
 * implementations for tests and demos are a module of their own, {@code io.consumerprotection.testkit}
 * (artifact {@code consumer-protection-testkit}).
 *
 * <p>{@code io.consumerprotection.spi.internal} is implementation detail shared with core, the JDBC module and the
 * testkit only (a qualified export): it is not part of the API.
 */
module io.consumerprotection.spi {
    exports io.consumerprotection.spi;
    exports io.consumerprotection.spi.appraisal;
    exports io.consumerprotection.spi.audit;
    exports io.consumerprotection.spi.calendar;
    exports io.consumerprotection.spi.classification;
    exports io.consumerprotection.spi.complaint;
    exports io.consumerprotection.spi.inspection;
    exports io.consumerprotection.spi.notification;
    exports io.consumerprotection.spi.partner;
    exports io.consumerprotection.spi.privacy;
    exports io.consumerprotection.spi.rectification;
    exports io.consumerprotection.spi.review;

    exports io.consumerprotection.spi.internal
            to io.consumerprotection.core, io.consumerprotection.jdbc, io.consumerprotection.testkit;
}
