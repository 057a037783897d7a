package io.consumerprotection.examples.mybatis;

import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.complaint.DuplicateChannelReferenceException;
import io.consumerprotection.spi.complaint.VersionConflictException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link ComplaintStore} on MyBatis ({@link ComplaintMapper}, table {@code mb_complaint}): the columns the SPI
 * queries by, plus the whole {@link ComplaintRecord} as JSON. A new complaint is an {@code INSERT} guarded by the
 * primary key and the unique {@code (channel, channel_reference)}; a change is an
 * {@code UPDATE … WHERE id = ? AND version = ?}, so of two writers from one version exactly one wins. Each call is
 * one {@link SqlSession}. Thread-safe (the session factory is). Personal data never reaches an exception message.
 */
public final class MyBatisComplaintStore implements ComplaintStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SqlSessionFactory sessions;

    /** A store on a session factory whose configuration has {@link ComplaintMapper} and whose database has the table. */
    public MyBatisComplaintStore(SqlSessionFactory sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public ComplaintRecord save(ComplaintRecord record, long expectedVersion) {
        Objects.requireNonNull(record, "record");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must not be negative, was " + expectedVersion);
        }
        ComplaintRecord stored = record.withVersion(expectedVersion + 1);
        ComplaintRow row = new ComplaintRow(stored.id(), stored.version(), stored.channel(), stored.channelReference(),
                stored.status(), stored.receivingUnit(), epoch(stored.receivedAt()), JSON.writeValueAsString(stored));
        try (SqlSession session = sessions.openSession(false)) {
            ComplaintMapper mapper = session.getMapper(ComplaintMapper.class);
            boolean written;
            try {
                written = (expectedVersion == 0 ? mapper.insert(row) : mapper.update(row, expectedVersion)) == 1;
            } catch (PersistenceException e) {
                session.rollback(true);
                throw refused(session, stored, expectedVersion, e);
            }
            if (!written) {
                session.rollback(true);
                Long actual = mapper.version(stored.id());
                throw new VersionConflictException(stored.id(), expectedVersion, actual == null ? 0 : actual);
            }
            session.commit(true);
            return stored;
        }
    }

    /** Why an insert was refused: the id is taken (a version conflict), or the channel reference is another's. */
    private static RuntimeException refused(SqlSession session, ComplaintRecord r, long expectedVersion,
                                            PersistenceException cause) {
        ComplaintMapper mapper = session.getMapper(ComplaintMapper.class);
        Long actual = mapper.version(r.id());
        if (actual != null && actual != expectedVersion) {
            return new VersionConflictException(r.id(), expectedVersion, actual);
        }
        String owner = mapper.findBodyByChannelReference(r.channel(), r.channelReference());
        if (owner != null && !read(owner).id().equals(r.id())) {
            return new DuplicateChannelReferenceException(r.channel(), r.channelReference());
        }
        return new IllegalStateException("saving complaint " + r.id() + " failed: "
                + cause.getClass().getSimpleName());
    }

    @Override
    public Optional<ComplaintRecord> findById(String id) {
        Objects.requireNonNull(id, "id");
        try (SqlSession session = sessions.openSession(true)) {
            return Optional.ofNullable(session.getMapper(ComplaintMapper.class).findBody(id))
                    .map(MyBatisComplaintStore::read);
        }
    }

    @Override
    public Optional<ComplaintRecord> findByChannelReference(String channel, String channelReference) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelReference, "channelReference");
        try (SqlSession session = sessions.openSession(true)) {
            return Optional.ofNullable(session.getMapper(ComplaintMapper.class)
                    .findBodyByChannelReference(channel, channelReference)).map(MyBatisComplaintStore::read);
        }
    }

    /** {@inheritDoc} <p>Read through a MyBatis {@link Cursor} on a session of its own; close the stream. */
    @Override
    public Stream<ComplaintRecord> stream(ComplaintQuery query) {
        Objects.requireNonNull(query, "query");
        SqlSession session = sessions.openSession(true);
        try {
            Cursor<String> cursor = session.getMapper(ComplaintMapper.class).stream(epoch(query.receivedFrom()),
                    epoch(query.receivedTo()), query.statuses(), query.channels(),
                    query.findReceivingUnit().orElse(null));
            return StreamSupport.stream(cursor.spliterator(), false).map(MyBatisComplaintStore::read)
                    .onClose(() -> {
                        try {
                            cursor.close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        } finally {
                            session.close();
                        }
                    });
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private static ComplaintRecord read(String json) {
        return JSON.readValue(json, ComplaintRecord.class);
    }

    private static BigDecimal epoch(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
    }
}
