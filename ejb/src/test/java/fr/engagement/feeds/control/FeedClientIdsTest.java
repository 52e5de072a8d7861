package fr.engagement.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedClientIdsTest {

    @TempDir
    Path dir;

    @Test
    void clientIdsComeBackAsWrittenWhateverTheirCharacters() throws IOException {
        Path file = dir.resolve("feed.xml.ids");
        List<String> ids = List.of("m-1", "01000", "deux\nlignes", "été à Noël ✓", " espacé ", "x".repeat(255));
        FeedClientIds.write(file, ids);
        assertThat(FeedClientIds.read(file)).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void anEmptyListAndATruncatedFileAreToldApart() throws IOException {
        Path empty = dir.resolve("empty.ids");
        FeedClientIds.write(empty, Set.of());
        assertThat(FeedClientIds.read(empty)).isEmpty();
        Path truncated = dir.resolve("truncated.ids");
        FeedClientIds.write(truncated, List.of("a", "b", "c"));
        byte[] bytes = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length - 2));
        assertThatThrownBy(() -> FeedClientIds.read(truncated)).isInstanceOf(IOException.class)
                .hasMessageContaining("Truncated");
    }
}
