package io.consumerprotection.examples.host.jdbc;

/**
 * The database that {@link JdbcHost#openExisting} was asked to open does not exist, or holds no
 * consumer-protection schema, or holds an older version of it. Its message names the database (an H2 file
 * path, or the server's database and schema), never a credential.
 */
public final class MissingDatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String database;

    MissingDatabaseException(String database, String problem) {
        super("database " + database + " " + problem);
        this.database = database;
    }

    /** The database as named in the message: an H2 file path, or the URL's database without credentials. */
    public String database() {
        return database;
    }
}
