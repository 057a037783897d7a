package io.consumerprotection.examples.host.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.audit.ChainAnchor;
import io.consumerprotection.spi.contract.ChainAnchorContractTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spi contract of {@code ChainAnchor} for {@link FileChainAnchor}, and a line cut short by a crash. */
class FileChainAnchorTest extends ChainAnchorContractTest {

    @TempDir
    static Path dir;

    @Override
    protected ChainAnchor newAnchor() {
        return FileChainAnchor.at(dir.resolve("checkpoints-" + UUID.randomUUID() + ".tsv"));
    }

    @Override
    protected ChainAnchor reopen(ChainAnchor anchor) {
        return FileChainAnchor.at(((FileChainAnchor) anchor).file());
    }

    @Test
    void aLineCutShortByACrashIsIgnored() throws IOException {
        anchor.publish(checkpoint(5));
        Files.writeString(((FileChainAnchor) anchor).file(), "7\thmac-sha256:k1:ab", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        assertThat(reopen(anchor).findLatest()).contains(checkpoint(5));
    }
}
