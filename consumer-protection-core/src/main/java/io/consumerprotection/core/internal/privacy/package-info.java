/** Implementation detail of the privacy package: check-character arithmetic and the narrative scanner. */
package io.consumerprotection.core.internal.privacy;
