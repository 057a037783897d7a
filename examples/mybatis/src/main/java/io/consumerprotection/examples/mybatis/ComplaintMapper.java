package io.consumerprotection.examples.mybatis;

import java.math.BigDecimal;
import java.util.Collection;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.cursor.Cursor;

/** The MyBatis mapper of {@code mb_complaint} (annotations; an XML mapper would hold the same statements). */
public interface ComplaintMapper {

    @Insert("INSERT INTO mb_complaint (id, version, channel, channel_reference, status, receiving_unit, received_at,"
            + " body) VALUES (#{id}, #{version}, #{channel}, #{channelReference}, #{status}, #{receivingUnit},"
            + " #{receivedAt}, #{body})")
    int insert(ComplaintRow row);

    /** The optimistic check: only the row still at {@code expected} is updated. */
    @Update("UPDATE mb_complaint SET version = #{row.version}, channel = #{row.channel},"
            + " channel_reference = #{row.channelReference}, status = #{row.status},"
            + " receiving_unit = #{row.receivingUnit}, received_at = #{row.receivedAt}, body = #{row.body}"
            + " WHERE id = #{row.id} AND version = #{expected}")
    int update(@Param("row") ComplaintRow row, @Param("expected") long expected);

    @Select("SELECT body FROM mb_complaint WHERE id = #{id}")
    String findBody(String id);

    @Select("SELECT body FROM mb_complaint WHERE channel = #{channel} AND channel_reference = #{reference}")
    String findBodyByChannelReference(@Param("channel") String channel, @Param("reference") String reference);

    @Select("SELECT version FROM mb_complaint WHERE id = #{id}")
    Long version(String id);

    /** The stream of {@code ComplaintStore.stream}: dynamic SQL for the optional filters, in (received_at, id) order. */
    @Select({"<script>",
            "SELECT body FROM mb_complaint WHERE received_at &gt;= #{from} AND received_at &lt; #{to}",
            "<if test='statuses.size() &gt; 0'> AND status IN",
            "<foreach item='s' collection='statuses' open='(' separator=',' close=')'>#{s}</foreach></if>",
            "<if test='channels.size() &gt; 0'> AND channel IN",
            "<foreach item='c' collection='channels' open='(' separator=',' close=')'>#{c}</foreach></if>",
            "<if test='unit != null'> AND receiving_unit = #{unit}</if>",
            "ORDER BY received_at, id",
            "</script>"})
    Cursor<String> stream(@Param("from") BigDecimal from, @Param("to") BigDecimal to,
                          @Param("statuses") Collection<String> statuses, @Param("channels") Collection<String> channels,
                          @Param("unit") String unit);
}
