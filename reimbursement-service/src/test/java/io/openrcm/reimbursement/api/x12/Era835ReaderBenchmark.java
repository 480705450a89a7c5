package io.openrcm.reimbursement.api.x12;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Throughput of the 835 reader (StAEDI + the project's schema + building the domain remittances) on a large file
 * made of the accepted real samples repeated, one interchange after another. Not a test: run it with
 * {@code java -cp target/classes:target/test-classes:<dependencies> -Drcm.shared.data=../../shared/data
 * io.openrcm.reimbursement.api.x12.Era835ReaderBenchmark [megabytes]} (see the module README).
 */
public final class Era835ReaderBenchmark {

    private Era835ReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int targetMb = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Era835Reader reader = new Era835Reader();
        List<byte[]> samples = new ArrayList<>();
        for (Path p : SampleFiles.all()) {
            byte[] bytes = Files.readAllBytes(p);
            if (reader.read(bytes).accepted()) {
                samples.add(new String(bytes, StandardCharsets.ISO_8859_1).strip().concat("\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(targetMb * 1_100_000);
        while (out.size() < targetMb * 1_000_000) {
            for (byte[] s : samples) {
                out.write(s);
            }
        }
        byte[] file = out.toByteArray();
        double mb = file.length / 1_000_000.0;
        System.out.printf("file: %.1f MB from %d samples%n", mb, samples.size());
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            Era835File read = reader.read(file);
            double seconds = (System.nanoTime() - start) / 1e9;
            long claims = read.remittances().stream().mapToLong(r -> r.claims().size()).sum();
            System.out.printf("run %d%s: %.2f s, %.1f MB/s, %,.0f claims/s (%,d remittances, %,d claims, errors %d)%n",
                    run, run <= 2 ? " (warm-up)" : "", seconds, mb / seconds, claims / seconds,
                    read.remittances().size(), claims, read.allErrors().size());
        }
    }
}
