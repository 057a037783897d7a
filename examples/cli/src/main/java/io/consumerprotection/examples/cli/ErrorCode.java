package io.consumerprotection.examples.cli;

/**
 * The error codes of the tool's JSON answers, the same in every command. A core error keeps its own code
 * (for example {@code UNKNOWN_POLICY}, {@code CALENDAR_COVERAGE}, {@code INVALID_APPRAISAL_INPUT}).
 */
enum ErrorCode {
    /** The line is not a JSON object. */
    INVALID_JSON,
    /** The line's bytes are not valid in the input encoding ({@code --encoding}). */
    INVALID_ENCODING,
    /** A required field is absent, null or empty. */
    MISSING_FIELD,
    /** A field has the wrong type, format or range. */
    INVALID_INPUT,
    /** The {@code op} is not one of the command's ops. */
    UNKNOWN_OP,
    /** A warning, not an error: the request has a field the op does not read (a typo?). */
    UNKNOWN_FIELD;

    /** The help text listing the codes. */
    static final String HELP = "  INVALID_JSON      the line is not a JSON object%n"
            + "  INVALID_ENCODING  the line's bytes are not valid in --encoding (UTF-8 unless given)%n"
            + "  MISSING_FIELD     a required field is absent, null or empty%n"
            + "  INVALID_INPUT     a field has the wrong type, format or range%n"
            + "  UNKNOWN_OP        'op' is not one of the command's ops%n"
            + "  UNKNOWN_FIELD     (a warning in \"warnings\", the line is still answered) a field the op does not read%n"
            + "  other codes come from the SDK: UNKNOWN_POLICY, UNKNOWN_CALENDAR, CALENDAR_COVERAGE, INVALID_APPRAISAL_INPUT, …";
}
