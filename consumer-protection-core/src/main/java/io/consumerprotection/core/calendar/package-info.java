/**
 * Working-day calendars: China mainland statutory holidays and 调休 make-up working days as versioned data,
 * host-supplied calendars, constant-time working-day arithmetic and Civil Code periods, with explicit coverage.
 */
package io.consumerprotection.core.calendar;
