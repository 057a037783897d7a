/** Implementation detail of the working-day calendars: the precomputed O(1) day index and the readers of annual and supplementary holiday notices. */
package io.consumerprotection.core.internal.calendar;
