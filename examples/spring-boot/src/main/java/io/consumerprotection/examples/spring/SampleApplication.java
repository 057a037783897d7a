package io.consumerprotection.examples.spring;

import io.consumerprotection.spring.NotificationGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A bank application on the starter: Spring Boot with its own DataSource (HikariCP), the SDK's tables next to the
 * application's under the prefix {@code cp_}, and a gateway that would hand notifications to the SMS centre.
 */
@SpringBootApplication
public class SampleApplication {

    private static final Logger LOG = LoggerFactory.getLogger(SampleApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }

    /** Where notifications really go; here only the id and kind are logged (never the text). */
    @Bean
    NotificationGateway smsCentre() {
        return n -> LOG.info("notification {} ({}) handed to the SMS centre", n.id(), n.kind());
    }
}
