package io.consumerprotection.spring;

import java.util.Arrays;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The explanation of a start that fails because Spring Boot 3.5's {@code FlywayAutoConfiguration} meets a Flyway it
 * was not built for (Flyway 12 or later removed methods it calls: a {@link NoSuchMethodError}), for example when
 * the application pins the Flyway version the SDK's own build uses (13.x) over Boot's (11.x).
 */
public final class FlywayVersionFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchMethodError> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoSuchMethodError cause) {
        boolean fromBootsFlyway = Arrays.stream(cause.getStackTrace())
                .anyMatch(e -> e.getClassName().startsWith("org.springframework.boot.autoconfigure.flyway."));
        if (!fromBootsFlyway) {
            return null;
        }
        String version = org.flywaydb.core.api.MigrationVersion.class.getPackage().getImplementationVersion();
        return new FailureAnalysis(
                "Spring Boot's Flyway auto-configuration called a method that the Flyway on the class path ("
                        + (version == null ? "version unknown" : version) + ") does not have: " + cause.getMessage(),
                "Let Spring Boot's dependency management choose the Flyway version (remove the explicit"
                        + " org.flywaydb version; consumer-protection's JdbcSchema runs on Boot's Flyway 11), or set"
                        + " spring.flyway.enabled=false if the application has no migrations of its own"
                        + " (consumer-protection migrates its tables itself, consumer-protection.jdbc.migrate).",
                cause);
    }
}
