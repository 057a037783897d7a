/** Implementation detail of the working-day calendars: the precomputed O(1) day index. */
package io.consumerprotection.core.internal.calendar;
