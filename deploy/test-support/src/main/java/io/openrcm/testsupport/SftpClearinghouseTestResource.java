package io.openrcm.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a {@link SftpClearinghouse} for a {@code @QuarkusTest} and points the service at it
 * ({@code @WithTestResource(SftpClearinghouseTestResource.class)}); the test reaches it through {@link #current()}.
 */
public class SftpClearinghouseTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile SftpClearinghouse current;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("rcm-clearinghouse");
            current = new SftpClearinghouse(dir);
            return current.config();
        } catch (IOException e) {
            throw new IllegalStateException("the in-test clearinghouse did not start", e);
        }
    }

    @Override
    public void stop() {
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                // Stopping a test server: nothing left to do.
            }
        }
    }

    /** The clearinghouse of the running test. */
    public static SftpClearinghouse current() {
        return current;
    }
}
