package io.openrcm.code.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.testsupport.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks the starter code set migration against its sources and against what the other services rely on. */
class StarterCodeSetTest {

    private static final Path MIGRATION = Path.of("src/main/resources/db/migration/V2__starter_code_sets.sql");
    private static final Pattern ROW = Pattern.compile(
            "\\('(ICD10CM|HCPCS|CPT)', '([A-Z0-9]+)', '((?:[^']|'')*)', (TRUE|FALSE), DATE '([0-9-]+)', "
                    + "(NULL|DATE '[0-9-]+'), 'starter'\\)");

    @Test
    void holdsEveryCodeTheGoldenExampleAndTheStarterFeeScheduleUse() throws IOException {
        Map<String, Map<String, String>> rows = rows();
        assertThat(rows.get("ICD10CM")).containsKeys("E119", "I10", "J069", "M5450", "Z0000", "E785", "R0789",
                "J45909", "K219", "F329", "N390", "R519");
        assertThat(rows.get("CPT")).containsKeys("99202", "99203", "99212", "99213", "99214", "99215", "36415",
                "80053", "85025", "93000", "71046", "81002", "90471", "90686", "20610");
        assertThat(rows.get("HCPCS")).containsKeys("G0008", "G0009", "J1100", "J3301", "A4253");
        assertThat(rows.get("ICD10CM")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(rows.get("HCPCS")).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void cptDescriptionsAreOurOwnWords() throws IOException {
        assertThat(rows().get("CPT").values())
                .allSatisfy(d -> assertThat(d).endsWith("(starter description written by OpenRCM, not AMA text)"));
    }

    @Test
    void icd10CmTitlesAreVerbatimFromTheFy2022File() throws IOException {
        Path file = SharedData.require("codesets/icd10cm/icd10cm_billable_codes_short_fy2022.tsv");
        Map<String, String> titles = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", 2);
            titles.put(parts[0], parts[1]);
        }
        rows().get("ICD10CM").forEach((code, title) -> assertThat(title).as(code).isEqualTo(titles.get(code)));
    }

    @Test
    void hcpcsTitlesAreVerbatimFromThe2020File() throws IOException {
        Path file = SharedData.require("codesets/hcpcs/HCPC2020_ANWEB_w_disclaimer.txt");
        Map<String, String> titles = new HashMap<>();
        // Fixed width: code in 1-5, record id in 11 (3 first line, 4 continuation), long description in 12-91.
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            if (line.length() < 12 || !line.substring(0, 11).matches("[A-Z][0-9]{4}[0-9]{5}[34]")) {
                continue;
            }
            String text = line.substring(11, Math.min(91, line.length())).strip();
            titles.merge(line.substring(0, 5), text, (first, more) -> first + " " + more);
        }
        rows().get("HCPCS").forEach((code, title) -> assertThat(title).as(code).isEqualTo(titles.get(code)));
    }

    private static Map<String, Map<String, String>> rows() throws IOException {
        String sql = Files.readString(MIGRATION);
        Map<String, Map<String, String>> rows = new HashMap<>();
        Matcher m = ROW.matcher(sql);
        int count = 0;
        while (m.find()) {
            rows.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>()).put(m.group(2), m.group(3).replace("''", "'"));
            count++;
        }
        assertThat(count).as("rows parsed").isEqualTo(sql.split("'starter'\\)", -1).length - 1);
        assertThat(rows).containsOnlyKeys(List.of("ICD10CM", "HCPCS", "CPT"));
        return rows;
    }
}
