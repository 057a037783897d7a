package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcComplaintStore;
import io.consumerprotection.jdbc.JdbcAccessException;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.util.List;
import java.util.stream.Stream;

/**
 * The process {@link StreamingMemoryTest} runs with a small heap: reads every complaint of a database either
 * through the stream ({@code stream}) or into a list ({@code list}), and prints {@code COUNT n} or
 * {@code OOM} (also when H2 runs out of heap while reading a page and reports it as its error 90108).
 */
public final class StreamingChild {

    private StreamingChild() {
    }

    /** An unpooled data source of the URL: H2's own, or PostgreSQL's in the schema. */
    static javax.sql.DataSource dataSource(String url, String user, String schema) {
        if (url.startsWith("jdbc:h2:")) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user == null ? "" : user);
            return h2;
        }
        org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
        pg.setURL(url);
        if (user != null) {
            pg.setUser(user);
        }
        if (schema != null) {
            pg.setCurrentSchema(schema);
        }
        return pg;
    }

    public static void main(String[] args) {
        String url = args[0];
        String user = args[1].isEmpty() ? null : args[1];
        String schema = args[2].isEmpty() ? null : args[2];
        boolean list = args[3].equals("list");
        JdbcComplaintStore store = new JdbcComplaintStore(dataSource(url, user, schema), 200);
        try (Stream<ComplaintRecord> s = store.stream(ComplaintQuery.all())) {
            long count;
            if (list) {
                List<ComplaintRecord> all = s.toList();
                count = all.size();
            } else {
                count = s.mapToLong(r -> r.narrative().length() > 0 ? 1 : 0).sum();
            }
            System.out.println("COUNT " + count);
        } catch (OutOfMemoryError e) {
            System.out.println("OOM");
        } catch (JdbcAccessException e) {
            // H2 reports running out of heap while it reads a page as its error 90108
            System.out.println("90108".equals(e.sqlState()) ? "OOM" : "FAILED " + e.getMessage());
        }
    }
}
