package io.openrcm.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoRootTest {

    @TempDir
    Path tmp;

    Path repo;

    @BeforeEach
    void createRepository() throws IOException {
        repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("code-service"));
        Files.createDirectories(repo.resolve("deploy/launcher/target"));
    }

    @Test
    void walksUpFromTheWorkingDirectory() {
        assertThat(RepoRoot.locate(null, repo.resolve("deploy/launcher"), null)).isEqualTo(repo);
        assertThat(RepoRoot.locate(null, repo, null)).isEqualTo(repo);
    }

    @Test
    void fallsBackToTheLaunchersOwnLocation() {
        assertThat(RepoRoot.locate(null, outsideAnyRepository(), repo.resolve("deploy/launcher/target/rcm-launcher.jar"))).isEqualTo(repo);
    }

    @Test
    void prefersTheSystemProperty() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("other"));

        assertThat(RepoRoot.locate(other.toString(), repo, null)).isEqualTo(other);
    }

    @Test
    void explainsWhatItLookedFor() {
        assertThatThrownBy(() -> RepoRoot.locate(null, outsideAnyRepository(), null))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("code-service/").hasMessageContaining("-Drcm.repo.root=");
        assertThatThrownBy(() -> RepoRoot.locate(tmp.resolve("missing").toString(), repo, null))
                .isInstanceOf(StackException.class).hasMessageContaining("names no directory");
    }

    // The build's temp directory lies inside the real checkout, whose root a walk upwards would find.
    private Path outsideAnyRepository() {
        return tmp.getRoot();
    }
}
