/** Implementation detail of the privacy package: check-character arithmetic and the narrative scanners (numbers, names). */
package io.consumerprotection.core.internal.privacy;
