/** The command-line tool for operations and audit staff. */
package io.consumerprotection.examples.cli;
