package io.openrcm.claim.edi;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimMother;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Throughput of the 837P writer (StAEDI with schema validation while writing): prints MB/s and claims/s for
 * interchanges of 1 000 claims, after a warm-up. Run with
 * {@code ./mvnw -o -q -f claim-service/pom.xml test-compile exec:java -Dexec.mainClass=...} or from an IDE; see the
 * module README for the command used and the figures measured.
 */
public final class Claim837WriterBenchmark {

    private Claim837WriterBenchmark() {
    }

    public static void main(String[] args) {
        int claimsPerFile = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<BilledClaim> claims = new ArrayList<>();
        for (int i = 0; i < claimsPerFile; i++) {
            Claim claim = ClaimMother.ready();
            claims.add(new BilledClaim(claim, EdiFixtures.LAKESIDE, EdiFixtures.ADA));
        }
        Claim837Writer writer = new Claim837Writer();
        for (int i = 0; i < 5; i++) {
            writer.write(EdiFixtures.envelope(i + 1), EdiFixtures.BCBS, claims);
        }
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < files; i++) {
            bytes += writer.write(EdiFixtures.envelope(100 + i), EdiFixtures.BCBS, claims).content()
                    .getBytes(StandardCharsets.UTF_8).length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("837P writer: %d files x %d claims, %.1f MB in %.2f s: %.1f MB/s, %.0f claims/s%n", files,
                claimsPerFile, bytes / 1e6, seconds, bytes / 1e6 / seconds, files * claimsPerFile / seconds);
    }
}
