package io.openrcm.reimbursement.api.x12;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.testsupport.SharedData;
import io.openrcm.x12.X12Handler;
import io.openrcm.x12.X12ReadError;
import io.openrcm.x12.X12ReadException;
import io.openrcm.x12.X12Segment;
import io.openrcm.x12.X12SegmentReader;
import io.xlate.edi.schema.Schema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The 835 reader's fast path (own tokenizer, compiled rule tables) against StAEDI's validator with the schema, the
 * reference: for every file, the same {@link Era835File} (remittances, every error with its segment position,
 * loop, element, component and code), the same 999, and on the fast path the same segments with StAEDI finding
 * nothing. Over the shared samples (835, 837, 999, malformed), generated files, and mutations of both.
 */
class Era835ReaderEquivalenceTest {

    private static final ZonedDateTime AT = ZonedDateTime.parse("2026-12-02T10:00:00Z");
    private static final String[] JUNK = {"", "X", "0", "00", "ZZZ", "-1.5", "1.234", "1E3", "20261345", "20260229",
        "2400", "HC:99213", "A^B", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD",
        " ", "1", "99999"};

    private final Era835Reader reader = new Era835Reader();

    @Test
    void aGeneratedCleanFileTakesTheFastPathAndReadsAsStaediReadsIt() {
        byte[] file = GeneratedEra835.file(1, 2, 3, 40);
        assertThat(compare(file)).as("fast path taken").isTrue();
        assertThat(reader.read(file).accepted()).isTrue();
        assertThat(reader.read(file).remittances()).hasSize(6);
    }

    @Test
    void mutationsOfGeneratedFilesReadAsStaediReadsThem() {
        int fast = 0;
        int slow = 0;
        Random random = new Random(14);
        for (int round = 0; round < 30; round++) {
            String text = new String(GeneratedEra835.file(round, 1 + round % 2, 1 + round % 3, 6),
                    StandardCharsets.ISO_8859_1);
            for (int m = 0; m < 25; m++) {
                if (compare(mutate(text, random).getBytes(StandardCharsets.ISO_8859_1))) {
                    fast++;
                } else {
                    slow++;
                }
            }
        }
        // Both paths exercised: some mutations stay valid (a code value changed), most do not.
        assertThat(fast).isPositive();
        assertThat(slow).isPositive();
    }

    @Test
    void everySharedSampleAndItsMutationsReadAsStaediReadsThem() throws IOException {
        Path root = SharedData.require("x12");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().toList();
        }
        Random random = new Random(835);
        int fast = 0;
        for (Path p : files) {
            byte[] bytes = Files.readAllBytes(p);
            if (compare(bytes)) {
                fast++;
            }
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            for (int m = 0; m < 15; m++) {
                compare(mutate(text, random).getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(files).hasSizeGreaterThan(20);
        assertThat(fast).as("clean 835 samples on the fast path").isPositive();
    }

    /** Asserts both readings agree; true when the fast path took the file. */
    private boolean compare(byte[] file) {
        Era835File reference = reader.readWithStaedi(new ByteArrayInputStream(file));
        Era835File read = reader.read(file);
        assertThat(read).isEqualTo(reference);
        assertThat(Ack999Writer.write(read, AT, 7)).isEqualTo(Ack999Writer.write(reference, AT, 7));
        Recorder fast = new Recorder();
        boolean taken = new X12SegmentReader().readValidated(file, fast);
        if (taken) {
            Recorder staedi = new Recorder();
            try {
                new X12SegmentReader().read(new ByteArrayInputStream(file), staedi);
            } catch (X12ReadException e) {
                staedi.errors.add(e.getMessage());
            }
            assertThat(staedi.errors).as("StAEDI's findings on a file the fast path took").isEmpty();
            assertThat(fast.events).isEqualTo(staedi.events);
        }
        return taken;
    }

    /** One random change: a segment dropped, doubled or moved, an element replaced or added, a segment cut. */
    static String mutate(String text, Random random) {
        int isa = text.indexOf("ISA");
        if (isa < 0 || text.length() < isa + 106) {
            return text;
        }
        String end = String.valueOf(text.charAt(isa + 105));
        String separator = String.valueOf(text.charAt(isa + 3));
        String[] segments = text.split(Pattern.quote(end), -1);
        int n = segments.length - 1;
        if (n < 2) {
            return text;
        }
        int i = random.nextInt(n);
        List<String> out = new ArrayList<>(List.of(segments));
        String segment = segments[i];
        switch (random.nextInt(6)) {
            case 0 -> out.remove(i);
            case 1 -> out.add(i, segment);
            case 2 -> {
                out.set(i, segments[i + 1 < n ? i + 1 : 0]);
                out.set(i + 1 < n ? i + 1 : 0, segment);
            }
            case 3 -> {
                String[] elements = segment.split(Pattern.quote(separator), -1);
                if (elements.length > 1 && !segment.strip().startsWith("ISA")) {
                    elements[1 + random.nextInt(elements.length - 1)] = JUNK[random.nextInt(JUNK.length)];
                }
                out.set(i, String.join(separator, elements));
            }
            case 4 -> out.set(i, segment + separator + JUNK[random.nextInt(JUNK.length)]);
            default -> out.set(i, segment.contains(separator)
                    ? segment.substring(0, Math.min(segment.length(), segment.indexOf(separator) + 2)) : segment);
        }
        return String.join(end, out);
    }

    /** Records what a reader gives the 835 handler (segments, ends, errors) while passing it on. */
    private static final class Recorder implements X12Handler {
        final EnvelopeState state = new EnvelopeState(Era835Reader.SCHEMA);
        final List<String> events = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public void segment(X12Segment segment) {
            events.add(segment.toString());
            state.segment(segment);
        }

        @Override
        public Schema transactionSchema(X12Segment st) {
            return state.transactionSchema(st);
        }

        @Override
        public void endTransaction() {
            events.add("end transaction");
            state.endTransaction();
        }

        @Override
        public void endGroup() {
            events.add("end group");
            state.endGroup();
        }

        @Override
        public void error(X12ReadError error) {
            errors.add(error.toString());
        }
    }
}
