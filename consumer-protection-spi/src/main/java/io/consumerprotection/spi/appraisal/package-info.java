/**
 * Appraisal inputs a host supplies: its own scorecard definitions ({@link
 * io.consumerprotection.spi.appraisal.ScorecardProvider}) and the facts of each unit and period that
 * scorecards read ({@link io.consumerprotection.spi.appraisal.AppraisalFactsSource}).
 */
package io.consumerprotection.spi.appraisal;
