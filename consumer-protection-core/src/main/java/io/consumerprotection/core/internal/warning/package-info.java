/** Implementation detail of the hot-spot early warning: the count-distribution tail probabilities. */
package io.consumerprotection.core.internal.warning;
