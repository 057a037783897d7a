package io.consumerprotection.examples.mybatis;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.ibatis.jdbc.ScriptRunner;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** A MyBatis configuration with {@link ComplaintMapper} on a data source, the table created by its script. */
final class MyBatisDatabases {

    private MyBatisDatabases() {
    }

    static SqlSessionFactory sessions(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             Reader script = new InputStreamReader(MyBatisDatabases.class.getResourceAsStream("mb_complaint.sql"),
                     StandardCharsets.UTF_8)) {
            ScriptRunner runner = new ScriptRunner(c);
            runner.setLogWriter(null);
            runner.setStopOnError(true);
            runner.runScript(script);
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("could not create mb_complaint", e);
        }
        Configuration configuration = new Configuration(new Environment("test", new JdbcTransactionFactory(),
                dataSource));
        configuration.addMapper(ComplaintMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
