package io.consumerprotection.examples.mybatis;

import java.math.BigDecimal;

/**
 * One row of {@code mb_complaint}: the columns a query filters or a constraint guards, and the whole record as JSON.
 *
 * @param receivedAt exact epoch seconds with nine decimals, which sorts like the instant
 */
public record ComplaintRow(String id, long version, String channel, String channelReference, String status,
                           String receivingUnit, BigDecimal receivedAt, String body) {
}
