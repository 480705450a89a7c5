package io.openrcm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One run's headline figures, one line of the results history ({@code deploy/bench/results.csv}); a figure the run
 * did not measure (or a seeded row did not report) is null.
 *
 * @param cpuEncounterPhase CPU seconds of the encounter phase: code / claim / reimbursement / Kafka / PostgreSQL /
 *        dashboard / identity provider (rows before 2026-12-05 have the first five only)
 * @param cpuRemittancePhase the same for the remittance phase
 * @param peakRssMb peak RSS of code / claim / reimbursement service / dashboard (rows before 2026-12-05: the first
 *        three)
 * @param p99SentSeconds p99 encounter sent (paced: due) -> claim-submitted, the sender's view; blank in rows before
 *        2026-12-06's `312c234`
 * @param cpuReferenceMs CPU milliseconds of {@link CpuReference}'s fixed work in the same run (how fast the cores computed);
 *        blank in rows before 2026-12-06's night runs
 */
record BenchResult(String date, String commit, String machine, String note, Integer encounters,
        Double encountersPerSecond, Double paymentsPerSecond, Double p99SubmittedSeconds, Double cpuMsPerClaim,
        Double cpuMsPerPayment, String cpuEncounterPhase, String cpuRemittancePhase, String peakRssMb,
        Double pgCeiling, Double kafkaCeiling, String verdict, Double p99SentSeconds, Double cpuReferenceMs) {

    /** A run without the host's reference figure (rows before it was measured). */
    BenchResult(String date, String commit, String machine, String note, Integer encounters,
            Double encountersPerSecond, Double paymentsPerSecond, Double p99SubmittedSeconds, Double cpuMsPerClaim,
            Double cpuMsPerPayment, String cpuEncounterPhase, String cpuRemittancePhase, String peakRssMb,
            Double pgCeiling, Double kafkaCeiling, String verdict, Double p99SentSeconds) {
        this(date, commit, machine, note, encounters, encountersPerSecond, paymentsPerSecond, p99SubmittedSeconds,
                cpuMsPerClaim, cpuMsPerPayment, cpuEncounterPhase, cpuRemittancePhase, peakRssMb, pgCeiling,
                kafkaCeiling, verdict, p99SentSeconds, null);
    }

    /** A run without the sender's latency (rows before it was measured). */
    BenchResult(String date, String commit, String machine, String note, Integer encounters,
            Double encountersPerSecond, Double paymentsPerSecond, Double p99SubmittedSeconds, Double cpuMsPerClaim,
            Double cpuMsPerPayment, String cpuEncounterPhase, String cpuRemittancePhase, String peakRssMb,
            Double pgCeiling, Double kafkaCeiling, String verdict) {
        this(date, commit, machine, note, encounters, encountersPerSecond, paymentsPerSecond, p99SubmittedSeconds,
                cpuMsPerClaim, cpuMsPerPayment, cpuEncounterPhase, cpuRemittancePhase, peakRssMb, pgCeiling,
                kafkaCeiling, verdict, null, null);
    }

    /** What the note of a run measured after {@code --warmup} says (the chart draws such a run hollow). */
    static final String AFTER_WARM_UP = "after a warm-up cycle of ";

    static final String HEADER = "date,commit,machine,note,encounters,encounters_per_s,payments_per_s,"
            + "p99_submitted_s,cpu_ms_per_claim,cpu_ms_per_payment,cpu_s_encounters_code_claim_reimb_kafka_pg_dashboard_idp,"
            + "cpu_s_remittances_code_claim_reimb_kafka_pg_dashboard_idp,peak_rss_mb_code_claim_reimb_dashboard,"
            + "pg_commits_per_s,"
            + "kafka_produced_per_s,verdict,p99_sent_submitted_s,cpu_reference_ms";

    /** Whether the run was measured after a warm-up cycle: its figures do not compare with cold runs. */
    boolean afterWarmUp() {
        return note != null && note.contains(AFTER_WARM_UP);
    }

    /** The CSV line (RFC 4180 quoting where a field needs it). */
    String toCsv() {
        List<String> f = List.of(text(date), text(commit), text(machine), text(note), number(encounters),
                number(encountersPerSecond), number(paymentsPerSecond), number(p99SubmittedSeconds),
                number(cpuMsPerClaim), number(cpuMsPerPayment), text(cpuEncounterPhase), text(cpuRemittancePhase),
                text(peakRssMb), number(pgCeiling), number(kafkaCeiling), text(verdict), number(p99SentSeconds),
                number(cpuReferenceMs));
        return String.join(",", f.stream().map(BenchResult::quote).toList());
    }

    /** Reads a CSV line written by {@link #toCsv()}. */
    static BenchResult parse(String line) {
        List<String> f = split(line);
        while (f.size() < 18) {
            f.add("");
        }
        return new BenchResult(f.get(0), f.get(1), f.get(2), f.get(3), integer(f.get(4)), decimal(f.get(5)),
                decimal(f.get(6)), decimal(f.get(7)), decimal(f.get(8)), decimal(f.get(9)), f.get(10), f.get(11),
                f.get(12), decimal(f.get(13)), decimal(f.get(14)), f.get(15), decimal(f.get(16)),
                decimal(f.get(17)));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String number(Number value) {
        if (value == null) {
            return "";
        }
        double d = value.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                : String.format(Locale.ROOT, "%.1f", d);
    }

    private static Double decimal(String field) {
        return field.isBlank() ? null : Double.valueOf(field.trim());
    }

    private static Integer integer(String field) {
        return field.isBlank() ? null : Integer.valueOf(field.trim());
    }

    private static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cur.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
