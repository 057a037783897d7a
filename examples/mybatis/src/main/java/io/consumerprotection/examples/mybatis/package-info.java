/** A {@code ComplaintStore} on MyBatis: the SPI fits the persistence stack many Chinese banks run. */
package io.consumerprotection.examples.mybatis;
