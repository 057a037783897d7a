/**
 * What a host implements to keep consumer-protection reviews (消保审查): the {@link io.consumerprotection.spi.review.ReviewStore}
 * and the records in its signatures (reviews with their findings and suggestions, marketing items, contract
 * template revisions).
 */
package io.consumerprotection.spi.review;
