/**
 * The example host's database: {@link io.consumerprotection.examples.host.jdbc.JdbcHost} opens embedded H2 or a
 * server by URL, pools its connections and wires the components of the published {@code consumer-protection-jdbc}.
 */
package io.consumerprotection.examples.host.jdbc;
