/** The demo's deterministic, realistic dataset and the day-at-a-bank scenario that runs it through the SDK. */
package io.consumerprotection.examples.host.demo;
