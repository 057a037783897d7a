/** Implementation detail of the working-day calendars: the precomputed O(1) day index and the holiday notice reader. */
package io.consumerprotection.core.internal.calendar;
