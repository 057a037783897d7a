/**
 * The complaint aggregate and its lifecycle: intake from any channel, acceptance, assignment, investigation,
 * pauses, extensions, decision and notice, satisfaction, review, withdrawal and closing, as timeline events.
 */
package io.consumerprotection.core.complaint;
