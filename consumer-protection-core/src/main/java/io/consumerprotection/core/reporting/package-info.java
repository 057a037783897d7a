/**
 * Reports computed in one pass from the statistics stream (the monthly complaint statistics table, the
 * quarterly 通报, the half-year and annual analysis reports) and the versioned reporting calendar that
 * gives each its submission due date.
 */
package io.consumerprotection.core.reporting;
