/**
 * Implementation detail of the one-pass reports (statistics tally, hot-spot watch): the cell addressing kernel that
 * interns the strings of a complaint's cell (business, cause, channel, source, unit, any grouping part) once per
 * distinct string into small dense codes, and addresses cells by combined codes in primitive tables.
 */
package io.consumerprotection.core.internal.reporting;
