/**
 * The kernels of the review scanner: character folding (full-width, traditional, case) and the one-pass claim
 * index over an Aho–Corasick automaton; they depend on nothing in core but {@code internal.text}.
 */
package io.consumerprotection.core.internal.review;
