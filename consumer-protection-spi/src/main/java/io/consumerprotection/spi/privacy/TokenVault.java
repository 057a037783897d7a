package io.consumerprotection.spi.privacy;

import java.util.Optional;

/**
 * The host's token vault (JR/T 0149 payment tokenisation): it replaces an account or card number by a
 * token that can be shared with a partner and maps it back only inside the institution.
 *
 * @implSpec Implementations are thread-safe. {@link #tokenize} returns the same token for the same value
 * every time (also under concurrent calls), different tokens for different values, and a token that is
 * neither the value nor contains it. {@link #detokenize} returns the value of a token this vault issued
 * and empty for any other string. Neither accepts {@code null} ({@link NullPointerException}) nor an empty
 * value ({@link IllegalArgumentException}). The contract tests in
 * {@code io.consumerprotection.spi.contract.TokenVaultContractTest} check it.
 */
public interface TokenVault {

    /** The token standing for {@code value}, issued on first use. */
    String tokenize(String value);

    /** The value a token stands for, if this vault issued it. */
    Optional<String> detokenize(String token);
}
