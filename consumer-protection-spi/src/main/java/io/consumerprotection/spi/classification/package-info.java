/**
 * What a host implements to extend the bundled classification schemes: local sub-codes under standard
 * codes, and new scheme versions with their mappings from the old codes.
 */
package io.consumerprotection.spi.classification;
