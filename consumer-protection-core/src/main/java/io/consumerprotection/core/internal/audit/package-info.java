/** Implementation detail of the audit rule checks: text encoders and the repeat window, which know nothing of rules. */
package io.consumerprotection.core.internal.audit;
