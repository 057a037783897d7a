/**
 * The consumer-protection SDK: start with {@link io.consumerprotection.core.ConsumerProtection#builder()}.
 */
package io.consumerprotection.core;
