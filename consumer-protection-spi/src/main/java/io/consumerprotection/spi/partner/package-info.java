/** What a host implements to keep the register of cooperating institutions (partners) and the records it holds. */
package io.consumerprotection.spi.partner;
