package io.consumerprotection.examples.mybatis;

import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.contract.ComplaintStoreContractTest;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link ComplaintStore} for {@link MyBatisComplaintStore} on in-memory H2. */
class MyBatisComplaintStoreH2Test extends ComplaintStoreContractTest {

    private JdbcConnectionPool pool;

    @Override
    protected ComplaintStore newStore() {
        pool = JdbcConnectionPool.create("jdbc:h2:mem:mb" + UUID.randomUUID() + ";MODE=PostgreSQL", "sa", "");
        return new MyBatisComplaintStore(MyBatisDatabases.sessions(pool));
    }

    @AfterEach
    void close() {
        pool.dispose();
    }
}
