package io.consumerprotection.testkit;

import io.consumerprotection.spi.privacy.TokenVault;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link TokenVault} in memory issuing random tokens {@code TKN} followed by 20 hexadecimal digits.
 * Thread-safe. Not for production: tokens are lost when the JVM stops.
 */
public final class InMemoryTokenVault implements TokenVault {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> tokenByValue = new ConcurrentHashMap<>();
    private final Map<String, String> valueByToken = new ConcurrentHashMap<>();

    @Override
    public String tokenize(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("value must not be empty");
        }
        return tokenByValue.computeIfAbsent(value, v -> {
            String token;
            do {
                token = newToken();
            } while (valueByToken.putIfAbsent(token, v) != null || token.contains(v));
            return token;
        });
    }

    @Override
    public Optional<String> detokenize(String token) {
        Objects.requireNonNull(token, "token");
        return Optional.ofNullable(valueByToken.get(token));
    }

    private String newToken() {
        char[] c = new char[23];
        c[0] = 'T';
        c[1] = 'K';
        c[2] = 'N';
        for (int i = 3; i < c.length; i++) {
            c[i] = HEX[random.nextInt(16)];
        }
        return new String(c);
    }
}
