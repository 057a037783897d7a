/**
 * What a host plugs in for personal financial information: the customer's consents, a token vault for
 * account numbers (JR/T 0149) and the permission check behind every reveal of an unmasked value.
 */
package io.consumerprotection.spi.privacy;
