/**
 * What a host keeps away from the trail's database so that the audit trail's tampering is found: the
 * checkpoints of its chain ({@link io.consumerprotection.examples.host.audit.FileChainAnchor}, an append-only
 * file on another volume) and the key its records are sealed with
 * ({@link io.consumerprotection.examples.host.audit.FileAuditKeys}, a key file readable by the application only).
 * A bank puts a WORM bucket or a second database behind {@code ChainAnchor}, and its HSM or KMS behind
 * {@code AuditKeyProvider}.
 */
package io.consumerprotection.examples.host.audit;
