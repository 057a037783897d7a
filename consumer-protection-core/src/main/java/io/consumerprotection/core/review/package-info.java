/**
 * 消保审查: consumer-protection review of products, services, systems, marketing material and contract templates —
 * checklists citing their basis, findings and suggestions tracked to adoption, the launch gate
 * ({@code 无审查、不上线}), the registry of marketing items and contract templates, review statistics, and the
 * scanner for banned marketing claims and unfair standard terms ({@link io.consumerprotection.core.review.ReviewScanner}).
 */
package io.consumerprotection.core.review;
