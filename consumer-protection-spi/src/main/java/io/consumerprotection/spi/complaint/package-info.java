/**
 * Persistence of complaints: the {@link io.consumerprotection.spi.complaint.ComplaintStore} a host implements
 * and the {@link io.consumerprotection.spi.complaint.ComplaintRecord} it persists.
 */
package io.consumerprotection.spi.complaint;
