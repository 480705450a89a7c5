package io.openrcm.x12.bench;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.Correction;
import io.openrcm.claim.domain.Diagnosis;
import io.openrcm.claim.domain.Patient;
import io.openrcm.claim.domain.ProviderFacts;
import io.openrcm.claim.edi.BilledClaim;
import io.openrcm.claim.edi.Claim837Writer;
import io.openrcm.claim.edi.Envelope;
import io.openrcm.claim.edi.PayerParty;
import io.openrcm.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The 837P writer (claim-service's {@link Claim837Writer}, validated while written) on {@code claims} clean claims
 * of twenty billing providers for one payer: one interchange, one transaction set per provider.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseSerialGC"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class Claim837WriteBenchmark {

    private static final LocalDate SERVICE = LocalDate.of(2026, 11, 2);
    private static final Instant AT = Instant.parse("2026-11-02T15:04:05Z");
    private static final PayerParty PAYER = new PayerParty("Blue Cross and Blue Shield of Illinois", "BCBS-IL", "BL");

    @Param("20000")
    public int claims;

    private final Claim837Writer writer = new Claim837Writer();
    private final Envelope envelope = new Envelope("ZZ", "OPENRCM", "ZZ", "CLEARINGHOUSE", "T", 42,
            LocalDateTime.of(2026, 11, 28, 9, 30), "OpenRCM Billing", "OPENRCM", "Billing Office", "3125550100",
            "Clearinghouse");
    private List<BilledClaim> billed;
    private long bytes;

    @Setup
    public void claims() {
        List<ProviderFacts> providers = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            providers.add(new ProviderFacts(String.format("12345678%02d", p), "Lakeside Family Medicine " + p,
                    "361234567", "207Q00000X", "100 N Lake Shore Dr", "Suite 400", "Chicago", "IL", "60601"));
        }
        billed = new ArrayList<>(claims);
        for (int i = 0; i < claims; i++) {
            ProviderFacts provider = providers.get(i % providers.size());
            billed.add(new BilledClaim(claim(i, provider.npi()), provider, provider));
        }
        bytes = writer.write(envelope, PAYER, billed).content().length();
        System.out.printf("%n837P file: %.2f MB, %,d claims%n", bytes / 1e6, claims);
    }

    private static Claim claim(int i, String npi) {
        ClaimDetails details = new ClaimDetails(UUID.randomUUID(), "EHR-ENC-" + i,
                new Patient("MRN-" + i, "Jane", "Example", LocalDate.of(1971, 4, 12), "F"), "XGH" + (100_000_000 + i),
                "BCBS-IL", npi, npi, "11", SERVICE, List.of(new Diagnosis(1, "E119"), new Diagnosis(2, "I10")),
                List.of(new ClaimLine(1, "99213", "CPT", List.of("25"), 1, List.of(1, 2), Money.parse("135.00"),
                                SERVICE),
                        new ClaimLine(2, "G0008", "HCPCS", List.of(), 1, List.of(1), Money.parse("25.00"), SERVICE)),
                "corr-" + i);
        Claim claim = Claim.create(UUID.randomUUID(), details, Correction.ORIGINAL, AT).claim();
        claim.scrubbed(List.of(), AT);
        return claim;
    }

    @Benchmark
    public Claim837Writer.Written writeAndValidate(Throughput t, CpuTime cpu) {
        cpu.start();
        Claim837Writer.Written written = writer.write(envelope, PAYER, billed);
        cpu.stop(written.content().length());
        t.add(written.content().length(), claims);
        return written;
    }
}
