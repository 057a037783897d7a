package io.consumerprotection.core.privacy;

/**
 * The class of a personal financial information item under JR/T 0171-2020 (个人金融信息保护技术规范),
 * from the most to the least harmful if leaked.
 */
public enum InformationClass {
    /** Authentication data: card CVN, expiry, PINs and passwords, biometrics used to authenticate. Never shared. */
    C3,
    /** Data that identifies the person or their finances: ID and account numbers, mobile, balances, KYC images. */
    C2,
    /** Internal data: account-opening time and branch, payment tokens, other personal financial information. */
    C1;

    /** Whether this class must be masked for display and never returned unchanged by a masking call. */
    public boolean requiresMasking() {
        return this != C1;
    }
}
