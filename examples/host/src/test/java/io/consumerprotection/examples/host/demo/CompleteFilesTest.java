package io.consumerprotection.examples.host.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's output files appear whole or not at all (issue 15: a crash left a truncated complaints.jsonl). */
class CompleteFilesTest {

    @TempDir
    Path dir;

    @Test
    void aCompleteWriteReplacesTheOlderFile() throws IOException {
        Path file = dir.resolve("complaints.jsonl");
        Files.writeString(file, "old\n");

        CompleteFiles.write(file, w -> w.write("第一行\n第二行\n"));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("第一行\n第二行\n");
        assertThat(dir.resolve("complaints.jsonl.part")).doesNotExist();
    }

    @Test
    void aWriteThatFailsHalfwayLeavesNoFileNeitherOldNorTruncated() throws IOException {
        Path file = dir.resolve("complaints.jsonl");
        Files.writeString(file, "old, from an earlier run\n");

        assertThatThrownBy(() -> CompleteFiles.write(file, w -> {
            w.write("{\"id\":\"C-1\"}\n".repeat(10_000));
            throw new IllegalStateException("streaming complaints failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("streaming complaints failed");

        assertThat(file).doesNotExist();
        assertThat(dir.resolve("complaints.jsonl.part")).doesNotExist();
    }

    @Test
    void theComplaintExportCountsOnlyWhatItWrote() throws IOException {
        Path file = dir.resolve("complaints.jsonl");
        assertThat(ReportFiles.writeComplaints(java.util.stream.Stream.empty(), file)).isZero();
        assertThat(file).exists().isEmptyFile();
    }
}
