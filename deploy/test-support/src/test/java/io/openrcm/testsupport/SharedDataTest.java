package io.openrcm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class SharedDataTest {

    @Test
    void aMissingFileSkipsTheTestAndNamesThePath() {
        String before = System.getProperty(SharedData.PROPERTY);
        System.setProperty(SharedData.PROPERTY, "/nonexistent/shared");
        try {
            assertThat(SharedData.dir()).isEqualTo(Path.of("/nonexistent/shared"));
            assertThat(SharedData.isPresent("x12/835")).isFalse();
            assertThatThrownBy(() -> SharedData.require("x12/835")).isInstanceOf(TestAbortedException.class)
                    .hasMessageContaining("/nonexistent/shared/x12/835");
        } finally {
            if (before == null) {
                System.clearProperty(SharedData.PROPERTY);
            } else {
                System.setProperty(SharedData.PROPERTY, before);
            }
        }
    }
}
