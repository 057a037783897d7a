/** JMH benchmarks of the SDK side by side with peer libraries. */
package io.consumerprotection.examples.benchmarks;
