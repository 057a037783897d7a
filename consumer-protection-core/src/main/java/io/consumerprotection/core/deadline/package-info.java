/**
 * Deadline policies as versioned data (NFRA Order 2020 No. 3, PBoC Order 2020 No. 5, regulator forwarding,
 * credit-reporting disputes, the internal 3-5-10 standard, FCA DISP, CFPB, host policies), the complaint
 * clock over a complaint's timeline, statuses with explanations, the batch evaluation and the overdue scan.
 */
package io.consumerprotection.core.deadline;
