/** What a host implements to keep service inspections (plans, inspections, problems, the cadence of checks). */
package io.consumerprotection.spi.inspection;
