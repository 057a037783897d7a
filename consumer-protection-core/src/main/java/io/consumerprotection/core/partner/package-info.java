/**
 * Cooperating institutions (partners: insurers, fund companies, payment and data partners, collection agencies):
 * admission review, the consumer-protection agreement, periodic evaluation, status with reasons and history,
 * sharing through a partner, and complaint figures by partner with their rise alerts.
 */
package io.consumerprotection.core.partner;
