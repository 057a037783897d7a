/** A host system wiring the SDK to JDBC, and the demo that runs a day at a bank on it. */
package io.consumerprotection.examples.host;
