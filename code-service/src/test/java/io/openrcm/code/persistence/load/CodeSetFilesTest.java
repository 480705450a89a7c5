package io.openrcm.code.persistence.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.testsupport.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reads the published code set files in the shared data folder through the parsers. */
class CodeSetFilesTest {

    static Path data(String relative) {
        return SharedData.require(relative);
    }

    /** The CMS fixed-width order layout written from the rows of the tab-separated conversion. */
    static byte[] fixedWidth(List<String[]> tsv) {
        StringBuilder out = new StringBuilder();
        for (String[] f : tsv) {
            out.append(String.format("%05d %-7s %s %-60s %s%n", Integer.parseInt(f[0]), f[1], f[2], f[3], f[4]));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheFy2022OrderFileInBothLayoutsAlike() throws IOException {
        byte[] gz = Files.readAllBytes(data("codesets/icd10cm/icd10cm_order_fy2022.tsv.gz"));
        List<CodeRow> tsv = CodeSetFiles.icd10cmOrder(gz);
        assertThat(tsv).hasSize(95_524);
        assertThat(tsv.stream().filter(CodeRow::billable).count()).isEqualTo(72_748);

        List<String[]> fields = new String(CodeSetFiles.plain(gz), StandardCharsets.UTF_8).lines().skip(1)
                .map(l -> l.split("\t", -1)).toList();
        List<CodeRow> fixed = CodeSetFiles.icd10cmOrder(fixedWidth(fields));
        assertThat(fixed).isEqualTo(tsv);
        Map<String, CodeRow> byCode = fixed.stream().collect(Collectors.toMap(CodeRow::code, Function.identity()));
        assertThat(byCode.get("E119").longTitle()).isEqualTo("Type 2 diabetes mellitus without complications");
        assertThat(byCode.get("E11").billable()).isFalse();
        assertThat(byCode.get("B373").billable()).isTrue();
    }

    @Test
    void readsTheFy2023OrderAddendaInTheirOriginalLayout() throws IOException {
        List<CodeRow> rows = CodeSetFiles.icd10cmOrderAddenda(
                Files.readAllBytes(data("codesets/icd10cm/icd10cm-order-addenda-2023.txt")));
        Map<String, Long> byAction = rows.stream().collect(Collectors.groupingBy(CodeRow::action,
                Collectors.counting()));
        assertThat(byAction.get("D")).isEqualTo(287);
        assertThat(byAction.get("R")).isEqualTo(35);
        assertThat(rows).contains(new CodeRow("A", "B3731", "Acute candidiasis of vulva and vagina",
                "Acute candidiasis of vulva and vagina", true, null, null));
        assertThat(rows).anyMatch(r -> r.action().equals("A") && r.code().equals("B373") && !r.billable());
    }

    @Test
    void readsTheHcpcsAlphaNumericFileWithItsDates() throws IOException {
        List<CodeRow> rows = CodeSetFiles.hcpcs(Files.readAllBytes(data("codesets/hcpcs/HCPC2020_ANWEB_w_disclaimer.txt")));
        Map<String, CodeRow> byCode = rows.stream().collect(Collectors.toMap(CodeRow::code, Function.identity(),
                (a, b) -> a));
        assertThat(rows.size()).isGreaterThan(6_000);
        CodeRow g0008 = byCode.get("G0008");
        assertThat(g0008.longTitle()).isEqualTo("Administration of influenza virus vaccine");
        assertThat(g0008.effectiveFrom()).isEqualTo(LocalDate.of(1994, 1, 1));
        assertThat(rows).anyMatch(r -> r.effectiveTo() != null);
        assertThat(byCode).doesNotContainKey("AA001");
    }

    @Test
    void readsACptCsvWithHeaderAndQuotes() throws IOException {
        List<CodeRow> rows = CodeSetFiles.cptCsv(("code,descriptor\n99213,\"Visit, established\"\n0001U,Lab test\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(rows).extracting(CodeRow::code).containsExactly("99213", "0001U");
        assertThat(rows.get(0).longTitle()).isEqualTo("Visit, established");
    }
}
