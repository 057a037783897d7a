package io.consumerprotection.jdbc;

import java.sql.SQLException;

/**
 * A database access that failed for a technical reason (connection lost, constraint the SDK does not map,
 * value too long). Its message names the operation, the SQLState and the vendor code, never a value: a
 * driver's own message may quote column values, which can be personal data, so the driver exception is
 * attached as the cause only when its class is not a data error (SQLState class {@code 22} or {@code 23}).
 */
public final class JdbcAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;
    private final int vendorCode;

    public JdbcAccessException(String operation, SQLException cause) {
        super(operation + " failed: SQLState " + cause.getSQLState() + ", vendor code " + cause.getErrorCode(),
                quotesValues(cause) ? null : cause);
        this.sqlState = cause.getSQLState();
        this.vendorCode = cause.getErrorCode();
    }

    /** The SQLState the driver reported, or {@code null}. */
    public String sqlState() {
        return sqlState;
    }

    /** The driver's vendor-specific error code. */
    public int vendorCode() {
        return vendorCode;
    }

    private static boolean quotesValues(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }
}
