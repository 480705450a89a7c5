package io.openrcm.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Prints the figures of a run as its phases end, with the targets of issue 6 beside them. */
final class Report {

    private final List<String> notes;
    private final PrintStream out;
    private boolean warmedUp;
    private double pgCeiling = Double.NaN;
    private KafkaCeiling.Result kafkaCeiling;
    private double cpuReferenceMs = Double.NaN;
    private Map<String, Long> rowsEncounters;
    private Map<String, Long> rowsPayments;
    private long walEncounters = -1;
    private long walPayments = -1;
    private List<WalByTable.Share> walTablesEncounters;
    private List<WalByTable.Share> walTablesPayments;
    private final boolean silent;
    private int encountersDone;
    private int paymentsDone;
    private double encounterSeconds;
    private double paymentSeconds;
    private Double p99SubmittedSeconds;
    private Double p99SentSeconds;
    private final Map<String, double[]> cpuSeconds = new LinkedHashMap<>();
    /** A paced request that left later than this after its due time is reported as late. */
    static final long LATE_SEND_MILLIS = 100;
    private final Map<String, Double> peakRss = new HashMap<>();

    Report(List<String> notes) {
        this(notes, System.out);
    }

    private Report(List<String> notes, PrintStream out, boolean silent) {
        this.notes = notes;
        this.out = out;
        this.silent = silent;
    }

    private Report(List<String> notes, PrintStream out) {
        this(notes, out, false);
    }

    /** A report that prints nothing: the warm-up's. */
    static Report silent() {
        return new Report(new ArrayList<>(), new PrintStream(OutputStream.nullOutputStream()), true);
    }

    /** False for the warm-up's report, which prints nothing: figures only it would get need not be measured. */
    boolean prints() {
        return !silent;
    }

    void postgresCeiling(double commitsPerSecond) {
        pgCeiling = commitsPerSecond;
        out.printf("  PostgreSQL: %,.0f single-row commits/s%n", commitsPerSecond);
    }

    void cpuReference(CpuReference.Result result) {
        cpuReferenceMs = result.millis();
        out.printf("  CPU: %.1f CPU-ms for a fixed piece of single-threaded work (SHA-256 of 8 MB, a sort, a hash map;"
                + " best of %d): how fast this host's cores compute now%n", result.millis(), CpuReference.ROUNDS);
    }

    void kafkaCeiling(KafkaCeiling.Result result) {
        kafkaCeiling = result;
        out.printf("  Kafka: %,.0f records/s produced, %,.0f records/s consumed (1 KB, acks=all)%n",
                result.producedPerSecond(), result.consumedPerSecond());
    }

    void encounters(List<PostedEncounter> posted, List<SubmittedClaim> claims, long t0, long tPosted, long tClaims,
            EventWatcher events) {
        long accepted = posted.stream().filter(PostedEncounter::accepted).count();
        long held = posted.stream().filter(p -> p.accepted() && !p.expectsClaim()).count();
        long refusedAsMeant = posted.stream().filter(p -> !p.accepted() && p.generated().meantToFail()).count();
        long refusedOther = posted.stream().filter(p -> !p.accepted() && !p.generated().meantToFail()).count();
        Map<String, PostedEncounter> byId = new HashMap<>();
        posted.stream().filter(PostedEncounter::accepted).forEach(p -> byId.put(p.encounterId(), p));
        long[] latency = LatencyStages.toSubmitted(claims, byId, PostedEncounter::acceptedAtMillis);
        long[] response = posted.stream().mapToLong(PostedEncounter::responseMillis).toArray();
        encountersDone = claims.size();
        encounterSeconds = (tClaims - t0) / 1e3;
        long firstClaim = claims.stream().mapToLong(SubmittedClaim::submittedAtMillis).min().orElse(t0);
        out.println();
        out.println("== Encounters -> claims");
        out.printf("  encounters posted %d: accepted %d (held for coding review %d), refused by coding %d "
                + "as meant, refused otherwise %d%n", posted.size(), accepted, held, refusedAsMeant, refusedOther);
        out.printf("  REST intake: %,.0f encounters/s accepted (%.1f s)%n",
                accepted / Math.max(0.001, (tPosted - t0) / 1e3), (tPosted - t0) / 1e3);
        out.printf("  sustained REST -> claim-submitted: %,.0f encounters/s (%d claims in %.1f s; target >= 1,000)%n",
                claims.size() / Math.max(0.001, encounterSeconds), claims.size(), encounterSeconds);
        out.printf("  claims/s (first to last claim-submitted): %,.0f%n",
                claims.size() / Math.max(0.001, (tClaims - firstClaim) / 1e3));
        Percentiles fromAnswer = Percentiles.of(latency);
        p99SubmittedSeconds = latency.length == 0 ? null : fromAnswer.percentile(99) / 1e3;
        out.println("  latency encounter accepted -> claim-submitted: " + fromAnswer.summary()
                + " (target p99 <= 1,000 ms at 500/s)");
        long[] fromDue = LatencyStages.toSubmitted(claims, byId, PostedEncounter::dueAtMillis);
        Percentiles fromSend = Percentiles.of(fromDue);
        p99SentSeconds = fromDue.length == 0 ? null : fromSend.percentile(99) / 1e3;
        out.println("  latency encounter sent -> claim-submitted (from the request's start, or in a paced run from when"
                + " it was due, so time waiting for the REST answer counts): " + fromSend.summary());
        long[] lags = posted.stream().mapToLong(PostedEncounter::lagMillis).filter(l -> l > 0).toArray();
        long lateSends = Arrays.stream(lags).filter(l -> l > LATE_SEND_MILLIS).count();
        if (lateSends > 0) {
            out.printf("  paced: %d of %d requests left more than %d ms after they were due (at most %,d ms): the"
                    + " client waited for the host, which did not take the offered rate%n", lateSends, posted.size(),
                    LATE_SEND_MILLIS, Arrays.stream(lags).max().orElse(0));
        }
        LatencyStages stages = LatencyStages.of(claims, byId, events::statusEvents);
        if (stages.toReady().length > 0) {
            out.println("    accepted -> READY on the status topic (coding, intake): "
                    + Percentiles.of(stages.toReady()).summary());
            out.println("    READY -> claim-submitted (the 837P submission): "
                    + Percentiles.of(stages.toSubmitted()).summary());
        }
        out.println("  REST response time: " + Percentiles.of(response).summary());
    }

    void remittances(List<RemittanceLoad.Posted> remits, EventWatcher events, long t1) {
        long[] latency = remits.stream().filter(RemittanceLoad.Posted::accepted).flatMapToLong(p ->
                Waits.postingsPerClaim(p.remittance()).entrySet().stream().mapToLong(e -> {
                    long at = Waits.updatedAt(events, e.getKey(), p.sentAtMillis(), e.getValue());
                    return at < 0 ? -1 : Math.max(0, at - p.acceptedAtMillis());
                })).filter(v -> v >= 0).toArray();
        long lastUpdate = remits.stream().flatMapToLong(p -> Waits.postingsPerClaim(p.remittance()).entrySet()
                .stream().mapToLong(e -> Waits.updatedAt(events, e.getKey(), p.sentAtMillis(), e.getValue())))
                .max().orElse(t1);
        long lastAccepted = remits.stream().mapToLong(RemittanceLoad.Posted::acceptedAtMillis).max().orElse(t1);
        paymentsDone = remits.stream().filter(RemittanceLoad.Posted::accepted).mapToInt(p -> p.remittance().claims().size()).sum();
        long bytes = remits.stream().mapToLong(RemittanceLoad.Posted::bytes).sum();
        paymentSeconds = (lastUpdate - t1) / 1e3;
        out.println();
        out.println("== Remittances -> claims updated");
        out.printf("  remittances posted %d (accepted %d), claim payments %d, %.1f MB%n", remits.size(),
                remits.stream().filter(RemittanceLoad.Posted::accepted).count(), paymentsDone, bytes / 1e6);
        out.printf("  remittance intake: %,.0f claim payments/s, %.2f MB/s (%.1f s)%n",
                paymentsDone / Math.max(0.001, (lastAccepted - t1) / 1e3), bytes / 1e6 / Math.max(0.001,
                        (lastAccepted - t1) / 1e3), (lastAccepted - t1) / 1e3);
        out.printf("  payments posted through to the claims: %,.0f/s (%.1f s; target >= 1,000)%n",
                paymentsDone / Math.max(0.001, paymentSeconds), paymentSeconds);
        out.println("  latency remittance accepted -> claim updated: " + Percentiles.of(latency).summary());
    }

    void resources(Map<String, ProcessStats.Sample> s0, Map<String, ProcessStats.Sample> s1,
            Map<String, ProcessStats.Sample> s2, Map<String, Long> commitsEncounters, Map<String, Long> commitsPayments) {
        out.println();
        out.println("== Resources (CPU seconds in each phase; peak RSS over the process's life; target <= 300 MB per service)");
        out.printf("  %-28s %12s %12s %14s %10s%n", "process", "encounters", "remittances", "peak RSS MB", "RSS MB");
        s2.forEach((name, end) -> {
            ProcessStats.Sample start = s0.get(name);
            ProcessStats.Sample mid = s1.get(name);
            boolean gone = end.peakRssMb() == 0;
            out.printf("  %-28s %12s %12s %14s %10s%n", name, cpu(start, mid), cpu(mid, end),
                    gone ? "gone" : String.format("%.0f", end.peakRssMb()), gone ? "gone" : String.format("%.0f",
                            end.rssMb()));
            if (start.peakRssMb() > 0 && !gone) {
                cpuSeconds.put(name, new double[] {mid.cpuSeconds() - start.cpuSeconds(),
                    end.cpuSeconds() - mid.cpuSeconds()});
                peakRss.put(name, end.peakRssMb());
            }
        });
        out.printf("  CPU ms per claim (encounter phase, every process above): %.1f; per claim payment "
                + "(remittance phase): %.1f (target <= 2)%n", cpuMsPerClaim(), cpuMsPerPayment());
        out.println("  " + jitLine(s0, s1, s2));
        notes.forEach(n -> out.println("  note: " + n));
        long encounterCommits = sum(commitsEncounters);
        long paymentCommits = sum(commitsPayments);
        out.printf("  PostgreSQL commits: encounters phase %s = %.2f per claim; remittances phase %s = %.2f per payment%n",
                commitsEncounters, encounterCommits / Math.max(1.0, encountersDone), commitsPayments,
                paymentCommits / Math.max(1.0, paymentsDone));
        printWrites();
        out.println();
        out.println("== Against the ceilings measured in this run");
        double encRate = encountersDone / Math.max(0.001, encounterSeconds);
        double payRate = paymentsDone / Math.max(0.001, paymentSeconds);
        if (!Double.isNaN(pgCeiling)) {
            out.printf("  encounters/s / PostgreSQL commits/s = %.3f; pipeline commits/s in that phase = %,.0f (%.0f%% of the ceiling)%n",
                    encRate / pgCeiling, encounterCommits / Math.max(0.001, encounterSeconds),
                    100 * encounterCommits / Math.max(0.001, encounterSeconds) / pgCeiling);
            out.printf("  payments/s / PostgreSQL commits/s = %.3f; pipeline commits/s in that phase = %,.0f (%.0f%% of the ceiling)%n",
                    payRate / pgCeiling, paymentCommits / Math.max(0.001, paymentSeconds),
                    100 * paymentCommits / Math.max(0.001, paymentSeconds) / pgCeiling);
        }
        if (kafkaCeiling != null) {
            out.printf("  encounters/s / Kafka produced/s = %.4f, / consumed/s = %.4f; payments/s / Kafka produced/s = %.4f%n",
                    encRate / kafkaCeiling.producedPerSecond(), encRate / kafkaCeiling.consumedPerSecond(),
                    payRate / kafkaCeiling.producedPerSecond());
        }
    }

    /**
     * What PostgreSQL wrote in each phase: rows per database and WAL bytes (-1: not read), printed with the
     * resources. Counts, not times: they compare across runs where the CPU figures, on a shared host, do not.
     */
    void writes(Map<String, Long> rowsEncounters, Map<String, Long> rowsPayments, long walEncounters,
            long walPayments) {
        this.rowsEncounters = rowsEncounters;
        this.rowsPayments = rowsPayments;
        this.walEncounters = walEncounters;
        this.walPayments = walPayments;
    }

    /** What each table wrote to the WAL in each phase ({@code --wal-by-table}), printed with the writes. */
    void walByTable(List<WalByTable.Share> encounters, List<WalByTable.Share> payments) {
        this.walTablesEncounters = encounters;
        this.walTablesPayments = payments;
    }

    private void printWrites() {
        if (rowsEncounters == null) {
            return;
        }
        printWalByTable("encounters phase", "claim", walTablesEncounters, encountersDone);
        printWalByTable("remittances phase", "payment", walTablesPayments, paymentsDone);
        out.printf("  PostgreSQL rows written (inserted + updated + deleted): encounters phase %s = %.1f per claim;"
                + " remittances phase %s = %.1f per payment%n", rowsEncounters,
                sum(rowsEncounters) / Math.max(1.0, encountersDone), rowsPayments,
                sum(rowsPayments) / Math.max(1.0, paymentsDone));
        if (walEncounters >= 0 && walPayments >= 0) {
            out.printf("  PostgreSQL WAL written: %.1f KB per claim (encounters phase), %.1f KB per payment"
                    + " (remittances phase)%n", walEncounters / 1024.0 / Math.max(1.0, encountersDone),
                    walPayments / 1024.0 / Math.max(1.0, paymentsDone));
        }
    }

    private static final int WAL_TABLES_SHOWN = 12;

    /**
     * The tables that wrote the most WAL records in a phase, per unit (claim or payment): records are counted once per
     * page they change, heap and indexes apart, with the heap's record kinds (the three most frequent).
     */
    private void printWalByTable(String phase, String unit, List<WalByTable.Share> shares, int units) {
        if (shares == null) {
            return;
        }
        double per = Math.max(1.0, units);
        long all = shares.stream().mapToLong(WalByTable.Share::records).sum();
        out.printf("  PostgreSQL WAL by table, %s (records per %s, one per page changed, heap + indexes; %d of %d"
                + " tables, %.1f records per %s in all):%n", phase, unit, Math.min(WAL_TABLES_SHOWN, shares.size()),
                shares.size(), all / per, unit);
        for (WalByTable.Share share : shares.subList(0, Math.min(WAL_TABLES_SHOWN, shares.size()))) {
            String kinds = share.heapKinds().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                    .map(k -> String.format("%s %.1f", k.getKey(), k.getValue() / per))
                    .collect(java.util.stream.Collectors.joining(", "));
            out.printf("    %-40s %6.1f = heap %.1f%s + indexes %.1f; %.1f KB%n", share.table(),
                    share.records() / per, share.heapRecords() / per, kinds.isEmpty() ? "" : " (" + kinds + ")",
                    share.indexRecords() / per, share.bytes() / 1024.0 / per);
        }
    }

    /**
     * CPU seconds between two samples of one process, or "gone" when the process was no longer there at either end
     * (killed by the chaos run: its counters stopped, so a difference would mean nothing).
     */
    private static String cpu(ProcessStats.Sample from, ProcessStats.Sample to) {
        return from.peakRssMb() == 0 || to.peakRssMb() == 0 ? "gone"
                : String.format("%.1fs", to.cpuSeconds() - from.cpuSeconds());
    }

    void verification(List<PostedEncounter> posted, List<SubmittedClaim> claims, Map<String, ClaimOutcome> outcomes,
            BigDecimal remitted, Verifier verifier, List<String> failures) {
        BigDecimal generatedCharges = posted.stream().filter(PostedEncounter::expectsClaim)
                .map(p -> p.generated().expectedCharge()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal eventCharges = claims.stream().map(SubmittedClaim::totalCharge)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        Map<ClaimOutcome.Kind, Long> kinds = new EnumMap<>(ClaimOutcome.Kind.class);
        outcomes.values().forEach(o -> kinds.merge(o.kind(), 1L, Long::sum));
        out.println();
        out.println("== Verification");
        out.printf("  claims %d for %d encounters expecting one; remitted claims by scenario %s%n", claims.size(),
                posted.stream().filter(PostedEncounter::expectsClaim).count(), kinds);
        out.printf("  charges: by the starter fee schedule %s, in claim-submitted events %s, in claim-service %s%n",
                generatedCharges, eventCharges, verifier.claimCharges());
        out.printf("  paid: in the remittances %s, in the ledger %s%n", remitted, verifier.ledgerPaid());
        failures.stream().limit(20).forEach(f -> out.println("  FAIL: " + f));
        if (failures.size() > 20) {
            out.println("  ... and " + (failures.size() - 20) + " more");
        }
    }

    /** How much of each phase's CPU the JVMs' JIT compiler threads took: a cold stack still compiles. */
    String jitLine(Map<String, ProcessStats.Sample> s0, Map<String, ProcessStats.Sample> s1,
            Map<String, ProcessStats.Sample> s2) {
        double encounters = 0;
        double remittances = 0;
        List<String> byProcess = new ArrayList<>();
        for (Map.Entry<String, ProcessStats.Sample> e : s2.entrySet()) {
            ProcessStats.Sample start = s0.get(e.getKey());
            ProcessStats.Sample mid = s1.get(e.getKey());
            if (start == null || mid == null || e.getValue().peakRssMb() == 0) {
                continue;
            }
            double inEncounters = mid.jitSeconds() - start.jitSeconds();
            encounters += inEncounters;
            remittances += e.getValue().jitSeconds() - mid.jitSeconds();
            if (inEncounters >= 0.05) {
                byProcess.add(String.format(Locale.ROOT, "%s %.1f", e.getKey().replaceAll(" \\(.*", ""),
                        inEncounters));
            }
        }
        return String.format(Locale.ROOT, "of which JIT compiler threads (C1/C2, at least): encounter phase %.1f s"
                + " = %.1f ms per claim (%s), remittance phase %.1f s = %.1f ms per payment%s", encounters,
                1000 * encounters / Math.max(1, encountersDone), String.join(", ", byProcess), remittances,
                1000 * remittances / Math.max(1, paymentsDone), warmedUp ? "" : "; --warmup=N measures a warm stack");
    }

    /** Says the run came after a warm-up cycle (the JIT line then gives no hint). */
    void warmedUp() {
        warmedUp = true;
    }

    private double cpuMsPerClaim() {
        return 1000 * cpuSeconds.values().stream().mapToDouble(c -> c[0]).sum() / Math.max(1, encountersDone);
    }

    private double cpuMsPerPayment() {
        return 1000 * cpuSeconds.values().stream().mapToDouble(c -> c[1]).sum() / Math.max(1, paymentsDone);
    }

    /** The run's line of the results history. */
    BenchResult result(String commit, String machine, String note, int encounters, String verdict) {
        Double pg = Double.isNaN(pgCeiling) ? null : pgCeiling;
        Double kafka = kafkaCeiling == null ? null : kafkaCeiling.producedPerSecond();
        return new BenchResult(ResultsHistory.today(), commit, machine, note, encounters,
                round(encountersDone / Math.max(0.001, encounterSeconds)),
                round(paymentsDone / Math.max(0.001, paymentSeconds)), p99SubmittedSeconds,
                cpuSeconds.isEmpty() ? null : round(cpuMsPerClaim()),
                cpuSeconds.isEmpty() ? null : round(cpuMsPerPayment()),
                phase(0), phase(1), String.join("/", SERVICES.stream().map(n -> peakRss.containsKey(n)
                        ? String.format(Locale.ROOT, "%.0f", peakRss.get(n)) : "").toList()), pg, kafka, verdict,
                p99SentSeconds, Double.isNaN(cpuReferenceMs) ? null : round(cpuReferenceMs));
    }

    /** The pipeline's services, in the results' column order. */
    private static final List<String> PIPELINE = List.of("code-service", "claim-service", "reimbursement-service");
    /** Every service whose peak RSS the results keep: the pipeline's, then the dashboard. */
    private static final List<String> SERVICES = Stream.concat(PIPELINE.stream(), Stream.of(Bench.DASHBOARD)).toList();

    // code / claim / reimbursement / Kafka / PostgreSQL / dashboard / identity provider, in that order whatever the
    // process names' order (the first five as in the rows before the last two were measured).
    private String phase(int index) {
        List<String> order = new ArrayList<>(PIPELINE);
        cpuSeconds.keySet().stream().filter(n -> n.startsWith("kafka")).findFirst().ifPresent(order::add);
        cpuSeconds.keySet().stream().filter(n -> n.startsWith("postgres")).findFirst().ifPresent(order::add);
        order.add(Bench.DASHBOARD);
        cpuSeconds.keySet().stream().filter(n -> n.startsWith(Bench.IDENTITY_PROVIDER)).findFirst()
                .ifPresent(order::add);
        return String.join("/", order.stream().map(n -> cpuSeconds.containsKey(n)
                ? String.format(Locale.ROOT, "%.1f", cpuSeconds.get(n)[index]) : "").toList());
    }

    private static Double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static long sum(Map<String, Long> commits) {
        return commits.entrySet().stream().filter(e -> !e.getKey().startsWith("template")
                && !e.getKey().equals(PostgresCeiling.DATABASE)).mapToLong(Map.Entry::getValue).sum();
    }
}
