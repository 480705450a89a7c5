package io.openrcm.reimbursement.api.x12;

import io.openrcm.testsupport.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real X12 835 samples in the shared data folder (system property rcm.shared.data), never copied here. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** The folder of 835 samples; the test is skipped when the shared data is absent. */
    public static Path folder() {
        return SharedData.require("x12/835");
    }

    /** Every file under the folder, sorted by path. */
    public static List<Path> all() {
        try (Stream<Path> files = Files.walk(folder())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of one sample, such as {@code stupidedi/era-sample.edi}. */
    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(folder().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one sample. */
    public static String text(String relative) {
        return new String(bytes(relative), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
