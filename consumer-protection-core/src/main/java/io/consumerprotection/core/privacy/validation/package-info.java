/**
 * Jakarta Validation constraints for Chinese identifiers (resident ID, bank card, mobile, unified social
 * credit code), reporting the precise reason of each failure.
 */
package io.consumerprotection.core.privacy.validation;
