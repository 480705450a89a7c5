package io.openrcm.x12.bench;

import io.openrcm.reimbursement.api.x12.Era835File;
import io.openrcm.reimbursement.api.x12.Era835Reader;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * The 835 reader read and validated end to end (reimbursement-service's {@link Era835Reader}: envelopes, the TR3
 * checks, the remittances built) on a generated file of {@code claims} claims, against StAEDI's tokenizer alone
 * (no transaction schema, nothing built): the ceiling the reader is measured against.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseSerialGC"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class Era835ReadBenchmark {

    @Param("20000")
    public int claims;

    private byte[] file;
    private long claimCount;
    private final Era835Reader reader = new Era835Reader();
    private final EDIInputFactory tokenizer = EDIInputFactory.newFactory();

    @Setup
    public void generate() {
        // As the shared reader sets it: the line break after each segment is not an error.
        tokenizer.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        file = Era835Files.generate(claims);
        claimCount = Era835Files.claims(file);
        Era835File read = reader.read(file);
        long remitted = read.remittances().stream().mapToLong(r -> r.claims().size()).sum();
        if (!read.accepted() || remitted != claimCount) {
            throw new IllegalStateException("the generated 835 does not read clean: " + read.allErrors());
        }
        System.out.printf("%n835 file: %.2f MB, %,d claims%n", file.length / 1e6, claimCount);
    }

    @Benchmark
    public Era835File readAndValidate(Throughput t, CpuTime cpu) {
        cpu.start();
        Era835File read = reader.read(file);
        cpu.stop(file.length);
        t.add(file.length, claimCount);
        return read;
    }

    @Benchmark
    public long staediTokenizerOnly(Throughput t) throws EDIStreamException, IOException {
        long events = 0;
        try (EDIStreamReader r = tokenizer.createEDIStreamReader(new ByteArrayInputStream(file))) {
            while (r.hasNext()) {
                r.next();
                events++;
            }
        }
        t.add(file.length, claimCount);
        return events;
    }
}
