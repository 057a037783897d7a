/**
 * Spring Boot auto-configuration of consumer-protection: properties, the JDBC components inside Spring
 * transactions, the outbox dispatcher, health and meters.
 */
package io.consumerprotection.spring;
