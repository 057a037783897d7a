/**
 * Working-day calendar data a host supplies: the {@link io.consumerprotection.spi.calendar.HolidayCalendarProvider}
 * and the {@link io.consumerprotection.spi.calendar.HolidayCalendarRecord} it returns.
 */
package io.consumerprotection.spi.calendar;
