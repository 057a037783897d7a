/**
 * Renderings of the SDK's reports ({@code core.reporting}): one flattened {@link io.consumerprotection.examples.host.reporting.ReportSheet}
 * per report, written as self-contained HTML (Chinese first, inline SVG charts), as XLSX (Apache POI) and as JSON
 * (Jackson), so that the figures in all three are the same numbers.
 */
package io.consumerprotection.examples.host.reporting;
