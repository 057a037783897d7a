package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.privacy.TokenVault;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link TokenVault} meets (JR/T 0149 tokenisation): one stable token per value,
 * distinct values get distinct tokens, a token never reveals its value, and only the vault maps it back.
 * A host extends this class and implements {@link #newVault()}, which returns a new, empty vault.
 */
public abstract class TokenVaultContractTest {

    private static final String CARD = "6222021234567890128";
    private static final String ACCOUNT = "110061234567890";

    protected TokenVault vault;

    /** A new, empty vault. */
    protected abstract TokenVault newVault();

    @BeforeEach
    void createVault() {
        vault = newVault();
    }

    @Test
    void sameValueSameTokenAndRoundTrip() {
        String token = vault.tokenize(CARD);

        assertThat(vault.tokenize(CARD)).isEqualTo(token);
        assertThat(vault.detokenize(token)).contains(CARD);
    }

    @Test
    void tokenNeverRevealsTheValue() {
        String token = vault.tokenize(CARD);

        assertThat(token).isNotEqualTo(CARD).doesNotContain(CARD).doesNotContain(CARD.substring(0, 12));
    }

    @Test
    void distinctValuesGetDistinctTokens() {
        assertThat(vault.tokenize(CARD)).isNotEqualTo(vault.tokenize(ACCOUNT));
    }

    @Test
    void unknownTokensMapToNothing() {
        vault.tokenize(CARD);

        assertThat(vault.detokenize(CARD)).isEmpty();
        assertThat(vault.detokenize("TKN-NOT-ISSUED")).isEmpty();
    }

    @Test
    void rejectsNullAndEmpty() {
        assertThatThrownBy(() -> vault.tokenize(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> vault.detokenize(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> vault.tokenize("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentCallsAgreeOnOneToken() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String value = i % 2 == 0 ? CARD : ACCOUNT;
                Callable<String> call = () -> vault.tokenize(value);
                futures.add(pool.submit(call));
            }
            Set<String> tokens = new HashSet<>();
            for (Future<String> f : futures) {
                tokens.add(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(tokens).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
