/**
 * Complaint hot-spot early warning (投诉热点预警): explainable alerts when a cell's count rises beyond what its
 * own history explains, when a new topic appears, or when one customer or product crosses a repeat threshold.
 */
package io.consumerprotection.core.warning;
