package io.consumerprotection.examples.host.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAuditKeysTest {

    @TempDir
    Path dir;

    @Test
    void makesAKeyReadableByItsOwnerOnlyAndReadsTheSameKeyAgain() throws IOException {
        Path file = dir.resolve("bank-2026.key");
        FileAuditKeys first = FileAuditKeys.createOrOpen(file);
        FileAuditKeys again = FileAuditKeys.createOrOpen(file);

        assertThat(first.currentKeyId()).isEqualTo("bank-2026");
        assertThat(again.findKey("bank-2026").orElseThrow().getEncoded())
                .isEqualTo(first.findKey("bank-2026").orElseThrow().getEncoded()).hasSize(32);
        assertThat(first.findKey("other")).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.toString()).doesNotContain(Files.readString(file).strip());
    }

    @Test
    void refusesAFileThatHoldsNoKeyWithoutPrintingIt() throws IOException {
        Path file = dir.resolve("k1.key");
        Files.writeString(file, "secret-but-short");

        assertThatThrownBy(() -> FileAuditKeys.createOrOpen(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 hexadecimal digits").hasMessageNotContaining("secret-but-short");
    }
}
