package io.consumerprotection.spi.privacy;

/**
 * The host's access control (least privilege, real-name staff), asked before an unmasked personal value
 * is revealed to a member of staff.
 *
 * @implSpec Implementations are thread-safe, answer from memory or a cache (a teller waits), and fail
 * closed: an unknown actor or permission is not permitted. Permissions are strings such as
 * {@code pii.reveal.RESIDENT_ID}; the subject is the customer or complaint id the value belongs to. No
 * argument may be {@code null} ({@link NullPointerException}). The contract tests in
 * {@code io.consumerprotection.spi.contract.PermissionCheckContractTest} check it.
 */
public interface PermissionCheck {

    /** Whether {@code actor} holds {@code permission} for {@code subjectId}. */
    boolean isPermitted(String actor, String permission, String subjectId);
}
