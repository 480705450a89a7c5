package io.openrcm.code.bench;

import io.openrcm.code.persistence.CodeSearch;
import io.openrcm.code.persistence.SqlRows;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark (not a test): loads the full FY2022 ICD-10-CM order file into an embedded PostgreSQL with the service's
 * loader, printing rows and seconds, then runs type-ahead searches with the service's SQL and prints p50/p95/p99.
 * The queries are what a coder types: code prefixes of 1 to 5 characters and the first letters of one or two title
 * words, drawn from 2,000 random codes (seed 7). Run: see code-service/README.md.
 */
public final class CodeSearchBenchmark {

    private CodeSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchDatabase db = BenchDatabase.start()) {
            List<String[]> codes = new ArrayList<>();
            try (ResultSet rs = db.connection.createStatement().executeQuery(
                    "SELECT code, long_title FROM code_entry WHERE version_id = " + db.fy2022 + " ORDER BY code")) {
                while (rs.next()) {
                    codes.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            Random random = new Random(7);
            List<String> queries = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                String[] c = codes.get(random.nextInt(codes.size()));
                queries.add(c[0].substring(0, Math.min(c[0].length(), 1 + random.nextInt(5))));
                String[] words = Arrays.stream(c[1].toLowerCase(Locale.ROOT).split("[^a-z]+"))
                        .filter(w -> w.length() > 3).toArray(String[]::new);
                if (words.length > 0) {
                    String w1 = words[random.nextInt(words.length)];
                    String q = w1.substring(0, Math.min(w1.length(), 3 + random.nextInt(4)));
                    if (words.length > 1 && random.nextBoolean()) {
                        String w2 = words[random.nextInt(words.length)];
                        q = q + " " + w2.substring(0, Math.min(w2.length(), 3 + random.nextInt(3)));
                    }
                    queries.add(q);
                }
            }
            SqlRows sql = SqlRows.of(db.connection);
            for (int i = 0; i < 300; i++) {
                CodeSearch.search(sql, db.fy2022, queries.get(i), 10);
            }
            long[] micros = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long t0 = System.nanoTime();
                CodeSearch.search(sql, db.fy2022, queries.get(i), 10);
                micros[i] = (System.nanoTime() - t0) / 1000;
            }
            Arrays.sort(micros);
            System.out.printf("type-ahead over %d codes, %d queries (limit 10): p50 %.2f ms, p95 %.2f ms, "
                    + "p99 %.2f ms, max %.2f ms%n", codes.size(), micros.length, pct(micros, 50), pct(micros, 95),
                    pct(micros, 99), micros[micros.length - 1] / 1000.0);
        }
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }
}
