package io.consumerprotection.examples.host.jdbc;

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

    public static void main(String[] args) {
        String url = args[0];
        String user = args[1].isEmpty() ? null : args[1];
        String schema = args[2].isEmpty() ? null : args[2];
        boolean list = args[3].equals("list");
        JdbcComplaintStore store = new JdbcComplaintStore(new UrlDataSource(url, user, null, schema), 200);
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
