/** Implementation detail of the audit rule checks: text encoders and scanners that know nothing of rules. */
package io.consumerprotection.core.internal.audit;
