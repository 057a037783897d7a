package io.consumerprotection.examples.spring;

import org.springframework.boot.test.context.SpringBootTest;

/** The sample application on embedded H2 (its application.properties), under Boot's dependency versions. */
@SpringBootTest
class SampleApplicationH2Test extends SampleApplicationChecks {
}
