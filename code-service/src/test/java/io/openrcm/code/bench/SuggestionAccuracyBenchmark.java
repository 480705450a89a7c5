package io.openrcm.code.bench;

import io.openrcm.code.domain.CodeSystem;
import io.openrcm.code.domain.TextNormalizer;
import io.openrcm.code.persistence.CodeSuggester;
import io.openrcm.code.persistence.SqlRows;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark (not a test) of coding from text: top-1 and top-5 accuracy of the service's suggestions over a labeled
 * set built from the FY2022 code set itself. 1,000 billable codes drawn at random (seed 11), each asked three ways:
 * SHORT: the CMS short title (the official abbreviation, e.g. "Athscl heart disease of native coronary artery w/o
 * ang pctrs"); REWORDED: the long title lower-cased, without punctuation, with "without" written "w/o", "with"
 * written "w", "unspecified" dropped and common phrases replaced by their abbreviation (type 2 diabetes mellitus to
 * T2DM, essential (primary) hypertension to HTN, ...); TRUNCATED: the first five words of the long title. The label
 * is the code the title came from. Run: see code-service/README.md.
 */
public final class SuggestionAccuracyBenchmark {

    private static final Map<String, String> ABBREVIATE = new LinkedHashMap<>();

    static {
        ABBREVIATE.put("type 2 diabetes mellitus", "t2dm");
        ABBREVIATE.put("type 1 diabetes mellitus", "t1dm");
        ABBREVIATE.put("essential primary hypertension", "htn");
        ABBREVIATE.put("chronic obstructive pulmonary disease", "copd");
        ABBREVIATE.put("chronic kidney disease", "ckd");
        ABBREVIATE.put("urinary tract infection", "uti");
        ABBREVIATE.put("atrial fibrillation", "afib");
        ABBREVIATE.put("gastro esophageal reflux disease", "gerd");
    }

    private SuggestionAccuracyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchDatabase db = BenchDatabase.start()) {
            List<String[]> codes = new ArrayList<>();
            try (ResultSet rs = db.connection.createStatement().executeQuery("SELECT code, short_title, long_title "
                    + "FROM code_entry WHERE billable AND version_id = " + db.fy2022 + " ORDER BY code")) {
                while (rs.next()) {
                    codes.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            Map<String, String> synonyms = new LinkedHashMap<>();
            try (ResultSet rs = db.connection.createStatement().executeQuery(
                    "SELECT term, expansion FROM coding_synonym")) {
                while (rs.next()) {
                    synonyms.put(rs.getString(1), rs.getString(2));
                }
            }
            TextNormalizer normalizer = new TextNormalizer(synonyms);
            SqlRows sql = SqlRows.of(db.connection);
            Random random = new Random(11);
            Map<String, int[]> tally = new LinkedHashMap<>();
            long t0 = System.nanoTime();
            int asked = 0;
            for (int i = 0; i < Integer.getInteger("bench.codes", 1000); i++) {
                String[] c = codes.get(random.nextInt(codes.size()));
                Map<String, String> variants = new LinkedHashMap<>();
                variants.put("SHORT", c[1]);
                variants.put("REWORDED", reword(c[2]));
                variants.put("TRUNCATED", String.join(" ", List.of(c[2].split(" ")).subList(0,
                        Math.min(5, c[2].split(" ").length))));
                for (Map.Entry<String, String> v : variants.entrySet()) {
                    List<CodeSuggester.Candidate> top = CodeSuggester.suggest(sql, db.fy2022, CodeSystem.ICD10CM,
                            normalizer.normalize(v.getValue()), 5);
                    int[] t = tally.computeIfAbsent(v.getKey(), k -> new int[3]);
                    t[0]++;
                    asked++;
                    if (!top.isEmpty() && top.get(0).code().code().equals(c[0])) {
                        t[1]++;
                    }
                    if (top.stream().anyMatch(x -> x.code().code().equals(c[0]))) {
                        t[2]++;
                    } else if (Boolean.getBoolean("bench.misses") && t[0] - t[2] < 4) {
                        System.out.printf("miss %s %s [%s] -> %s%n", v.getKey(), c[0],
                                normalizer.normalize(v.getValue()), top.stream().map(x -> x.code().code() + " "
                                        + x.title() + String.format(" %.2f", x.confidence())).toList());
                    }
                }
            }
            int[] all = new int[3];
            tally.forEach((k, t) -> {
                System.out.printf("%-10s n=%d top-1 %.1f%% top-5 %.1f%%%n", k, t[0], 100.0 * t[1] / t[0],
                        100.0 * t[2] / t[0]);
                for (int j = 0; j < 3; j++) {
                    all[j] += t[j];
                }
            });
            System.out.printf("ALL        n=%d top-1 %.1f%% top-5 %.1f%% (%.1f ms per suggestion)%n", all[0],
                    100.0 * all[1] / all[0], 100.0 * all[2] / all[0], (System.nanoTime() - t0) / 1e6 / asked);
        }
    }

    static String reword(String title) {
        String t = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        for (Map.Entry<String, String> a : ABBREVIATE.entrySet()) {
            t = t.replace(" " + a.getKey() + " ", " " + a.getValue() + " ");
        }
        t = t.replace(" without ", " w/o ").replace(" with ", " w ").replace(" unspecified ", " ");
        return t.strip();
    }
}
