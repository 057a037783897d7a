/**
 * Implementation detail, not part of the API: may change in any release (MapStruct mappers live here).
 */
package io.consumerprotection.core.internal;
