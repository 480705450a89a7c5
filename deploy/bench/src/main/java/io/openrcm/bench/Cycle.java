package io.openrcm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** One run of the revenue cycle: encounters to submitted claims, then remittances to final claims, then the checks. */
final class Cycle {

    private final BenchOptions options;
    private final ObjectMapper mapper;
    private final Http http;
    private final EventWatcher events;
    private final ProcessStats stats;
    private final PostgresCeiling postgres;
    private final Report report;
    private final String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private Runnable beforeVerifying = () -> { };
    private final List<String> failures = new ArrayList<>();

    private final int encounterCount;

    Cycle(BenchOptions options, ObjectMapper mapper, Http http, EventWatcher events, ProcessStats stats,
            PostgresCeiling postgres, Report report) {
        this(options, mapper, http, events, stats, postgres, report, options.integer("encounters"));
    }

    /** A cycle of {@code encounterCount} encounters instead of --encounters (the warm-up's). */
    Cycle(BenchOptions options, ObjectMapper mapper, Http http, EventWatcher events, ProcessStats stats,
            PostgresCeiling postgres, Report report, int encounterCount) {
        this.encounterCount = encounterCount;
        this.options = options;
        this.mapper = mapper;
        this.http = http;
        this.events = events;
        this.stats = stats;
        this.postgres = postgres;
        this.report = report;
    }

    boolean run() throws Exception {
        int idle = options.integer("idle-timeout");
        long seed = options.integer("seed") ^ System.currentTimeMillis();
        EncounterGenerator generator = new EncounterGenerator(mapper, seed, runId, options.share("fail-share"),
                LocalDate.now(), options.share("secondary-share"));
        List<GeneratedEncounter> encounters = new ArrayList<>();
        for (int i = 0; i < encounterCount; i++) {
            encounters.add(generator.next());
        }
        double rate = Double.parseDouble(options.text("rate"));
        System.out.printf("Run %s: %d encounters, %s...%n", runId, encounters.size(),
                rate > 0 ? "paced at " + rate + "/s as single POSTs over "
                        + (options.httpVersion() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1") : "flat out, " + options.integer("concurrency")
                        + " workers, batches of " + options.integer("batch-size") + " and "
                        + (int) (options.share("single-share") * 100) + "% single POSTs");
        EncounterLoad load = new EncounterLoad(http, mapper, new RoundRobin(options.urls("code-url")));
        var cpu0 = stats.sample();
        var commits0 = postgres.commitsByDatabase();
        var rows0 = postgres.rowsWrittenByDatabase();
        long wal0 = postgres.walBytes();
        long t0 = System.currentTimeMillis();
        boolean mllp = options.text("intake").equals("mllp");
        if (mllp) {
            System.out.printf("  as HL7 v2 DFT^P03 over MLLP (%s:%d), %d connections%n", options.text("mllp-host"),
                    options.integer("mllp-port"), options.integer("concurrency"));
        }
        List<PostedEncounter> posted = mllp
                ? new MllpLoad(http, mapper, options.text("code-url"), options.text("mllp-host"),
                        options.integer("mllp-port")).flatOut(encounters, options.integer("concurrency"))
                : rate > 0 ? load.paced(encounters, rate)
                : load.flatOut(chunks(encounters, seed), options.integer("concurrency"));
        long tPosted = System.currentTimeMillis();
        List<PostedEncounter> expecting = posted.stream().filter(PostedEncounter::expectsClaim).toList();
        System.out.printf("  posted in %.1f s; waiting for %d claims...%n", (tPosted - t0) / 1e3, expecting.size());
        Waits.until(() -> (int) expecting.stream().filter(p -> events.submitted(p.encounterId()) == null).count(),
                events, idle, "claims");
        List<SubmittedClaim> claims = expecting.stream().map(p -> events.submitted(p.encounterId()))
                .filter(c -> c != null).toList();
        long tClaims = claims.stream().mapToLong(SubmittedClaim::submittedAtMillis).max().orElse(tPosted);
        var cpu1 = stats.sample();
        var commits1 = postgres.commitsByDatabase();
        var rows1 = postgres.rowsWrittenByDatabase();
        long wal1 = postgres.walBytes();
        report.encounters(posted, claims, t0, tPosted, tClaims, events);

        List<RemittanceLoad.Posted> remits;
        Map<String, ClaimOutcome> outcomes;
        long t1;
        if (options.flag("via-sftp")) {
            System.out.printf("Waiting for the payer simulator to answer and pay %d claims through SFTP...%n",
                    claims.size());
            t1 = tClaims;
            remits = ViaSftp.await(new MailboxRemittances(ViaSftp.mailbox(options), t0), claims, events, idle,
                    options.integer("payer-quiet"));
            outcomes = MailboxRemittances.outcomes(remits);
            System.out.printf("  %d 835 payments for %d claims; %d claims rejected or unpaid%n", remits.size(),
                    outcomes.size(), claims.size() - outcomes.size());
        } else {
            RemittanceGenerator remitGen = new RemittanceGenerator(seed, runId, options.share("partial-share"),
                    options.share("denied-share"), options.share("reversed-share"),
                    options.integer("claims-per-remittance"), LocalDate.now());
            RemittanceGenerator.Plan plan = remitGen.plan(claims, secondaryPayers(expecting, claims));
            boolean x12 = options.text("remit-format").equals("x12");
            RemittanceLoad remitLoad = new RemittanceLoad(http, mapper,
                    new RoundRobin(options.urls("reimbursement-url")), x12);
            System.out.printf("Posting %d + %d remittances (%s) for %d claims...%n", plan.first().size(),
                    plan.second().size(), x12 ? "X12 835" : "JSON", claims.size());
            t1 = System.currentTimeMillis();
            List<RemittanceLoad.Posted> remitsPosted = new ArrayList<>(remitLoad.post(plan.first(),
                    options.integer("remit-concurrency")));
            Waits.until(() -> Waits.pendingUpdates(events, remitsPosted), events, idle, "claim updates (first round)");
            if (!plan.second().isEmpty()) {
                List<RemittanceLoad.Posted> second = remitLoad.post(plan.second(), options.integer("remit-concurrency"));
                remitsPosted.addAll(second);
                Waits.until(() -> Waits.pendingUpdates(events, second), events, idle, "claim updates (reversals)");
            }
            if (!plan.secondaries().isEmpty()) {
                List<ClaimOutcome> toSecondary = plan.outcomes().values().stream()
                        .filter(o -> o.kind() == ClaimOutcome.Kind.SECONDARY).toList();
                System.out.printf("Waiting for claim-service to bill %d claims to their secondary payers...%n",
                        toSecondary.size());
                Waits.until(() -> (int) toSecondary.stream().filter(o -> !events.submittedTo(o.claimId(),
                        o.secondaryPayerId())).count(), events, idle, "secondary claims");
                List<RemittanceLoad.Posted> secondaries = remitLoad.post(plan.secondaries(),
                        options.integer("remit-concurrency"));
                remitsPosted.addAll(secondaries);
                Waits.until(() -> Waits.pendingUpdates(events, secondaries), events, idle,
                        "claim updates (secondary payers)");
            }
            remits = remitsPosted;
            outcomes = plan.outcomes();
        }
        var cpu2 = stats.sample();
        var commits2 = postgres.commitsByDatabase();
        var rows2 = postgres.rowsWrittenByDatabase();
        long wal2 = postgres.walBytes();
        report.remittances(remits, events, t1);
        if (options.flag("wal-by-table") && report.prints() && wal0 >= 0 && wal1 >= 0 && wal2 >= 0) {
            // Read after the phases' CPU samples: the reading's own work is in neither phase.
            try {
                WalByTable wal = postgres.walByTable();
                report.walByTable(wal.between(wal0, wal1), wal.between(wal1, wal2));
            } catch (SQLException e) {
                System.out.println("  note: PostgreSQL WAL by table not read (" + e.getMessage() + ")");
            }
        }
        report.writes(Bench.delta(rows0, rows1), Bench.delta(rows1, rows2),
                wal0 < 0 || wal1 < 0 ? -1 : wal1 - wal0, wal1 < 0 || wal2 < 0 ? -1 : wal2 - wal1);
        report.resources(cpu0, cpu1, cpu2, Bench.delta(commits0, commits1), Bench.delta(commits1, commits2));

        beforeVerifying.run();
        System.out.println("Verifying: one claim per accepted encounter, one posting per claim payment, totals...");
        remits.stream().filter(p -> !p.accepted()).limit(5).forEach(p -> failures.add("remittance "
                + p.remittance().traceNumber() + " refused: " + p.httpStatus() + " " + abbreviate(p.problem())));
        posted.stream().filter(p -> !p.accepted() && !p.generated().meantToFail()).limit(5).forEach(p -> failures.add(
                "encounter " + p.generated().ehrEncounterId() + (p.httpStatus() == 0 ? " got no answer: "
                        + abbreviate(p.failure()) : " refused with " + p.httpStatus())));
        BigDecimal remitted = remits.stream().filter(RemittanceLoad.Posted::accepted)
                .map(p -> p.remittance().totalPaid()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        Verifier verifier = new Verifier(http, mapper, options.url("code-url"), options.url("claim-url"),
                options.url("reimbursement-url"));
        failures.addAll(verifier.verify(posted, events, outcomes, remitted));
        report.verification(posted, claims, outcomes, remitted, verifier, failures);
        return failures.isEmpty();
    }

    /** The secondary payer by claim id, for the claims whose encounter was generated with a secondary coverage. */
    static Map<String, String> secondaryPayers(List<PostedEncounter> posted, List<SubmittedClaim> claims) {
        Map<String, String> byEncounter = new HashMap<>();
        posted.stream().filter(p -> p.generated().secondaryPayerId() != null)
                .forEach(p -> byEncounter.put(p.encounterId(), p.generated().secondaryPayerId()));
        Map<String, String> byClaim = new HashMap<>();
        claims.stream().filter(c -> byEncounter.containsKey(c.encounterId()))
                .forEach(c -> byClaim.put(c.claimId(), byEncounter.get(c.encounterId())));
        return byClaim;
    }

    /** Runs this (the chaos run: wait until every fault is over and healed) after the load and before the checks. */
    Cycle beforeVerifying(Runnable hook) {
        this.beforeVerifying = hook;
        return this;
    }

    /** What the verification found; empty after a PASS. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    /** Batches of batch-size, with single-share of the encounters sent one by one, interleaved. */
    private List<List<GeneratedEncounter>> chunks(List<GeneratedEncounter> encounters, long seed) {
        Random random = new Random(seed);
        List<List<GeneratedEncounter>> chunks = new ArrayList<>();
        List<GeneratedEncounter> batch = new ArrayList<>();
        for (GeneratedEncounter e : encounters) {
            if (random.nextDouble() < options.share("single-share")) {
                chunks.add(List.of(e));
            } else {
                batch.add(e);
                if (batch.size() == options.integer("batch-size")) {
                    chunks.add(batch);
                    batch = new ArrayList<>();
                }
            }
        }
        if (!batch.isEmpty()) {
            chunks.add(batch);
        }
        return chunks;
    }

}
