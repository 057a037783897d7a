package io.consumerprotection.spi.notification;

/** Who a notification is for; the host resolves the actual address. */
public enum RecipientRole {
    /** The complainant or their authorised agent. */
    CUSTOMER,
    /** The handler in charge of the complaint. */
    HANDLER,
    /** The handler's supervisor or the unit head. */
    SUPERVISOR,
    /** The staff member who liaises with the regulator (NFRA, PBoC). */
    REGULATOR_LIAISON,
    /** The consumer-protection department (消保部门). */
    CONSUMER_PROTECTION_DEPARTMENT
}
