package io.openrcm.code.domain.icd;

import io.openrcm.code.persistence.load.CodeSetFiles;
import io.openrcm.code.persistence.load.IcdBookRows;
import io.openrcm.code.persistence.load.IndexXmlReader;
import io.openrcm.code.persistence.load.TabularXmlReader;
import io.openrcm.testsupport.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The FY2023 ICD-10-CM books read straight from the shared CDC files (the test is skipped when they are absent), and
 * the seeded abbreviation list from its migration: one read per test JVM.
 */
public final class IcdBooksFromFiles {

    public static final String DIR = "codesets/icd10cm/";
    private static IcdBookSet books;
    private static Abbreviations abbreviations;
    private static IndexSearch search;

    private IcdBooksFromFiles() {
    }

    /** The five books, read once. */
    public static synchronized IcdBookSet books() {
        for (String f : List.of("icd10cm_tabular_2023.xml.gz", "icd10cm_index_2023.xml.gz",
                "icd10cm_neoplasm_2023.xml", "icd10cm_drug_2023.xml", "icd10cm_eindex_2023.xml")) {
            SharedData.require(DIR + f);
        }
        if (books == null) {
            books = new IcdBookSet("FY2023", tabular(), index("icd10cm_index_2023.xml.gz"),
                    index("icd10cm_eindex_2023.xml"), index("icd10cm_neoplasm_2023.xml"),
                    index("icd10cm_drug_2023.xml"));
        }
        return books;
    }

    /** The abbreviations V15 seeds. */
    public static synchronized Abbreviations abbreviations() throws IOException {
        if (abbreviations == null) {
            try (InputStream in = IcdBooksFromFiles.class.getResourceAsStream(
                    "/db/migration/V15__clinical_abbreviations.sql")) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> table = new LinkedHashMap<>();
                Matcher m = Pattern.compile("\\('([^']*)', '([^']*)', 'seed'\\)").matcher(sql);
                while (m.find()) {
                    table.put(m.group(1), m.group(2));
                }
                abbreviations = new Abbreviations(table);
            }
        }
        return abbreviations;
    }

    /** The Index search over the FY2023 books, built once. */
    public static synchronized IndexSearch search() throws IOException {
        if (search == null) {
            search = new IndexSearch(books(), abbreviations());
        }
        return search;
    }

    static TabularList tabular() {
        IcdBookRows rows = read("icd10cm_tabular_2023.xml.gz", true);
        return new TabularList(rows.nodes().stream().map(n -> new TabularList.Node(n.seq(), n.parentSeq(), n.kind(),
                n.code(), n.rangeFrom(), n.rangeTo(), n.title(), Map.of())).toList(), rows.notes().stream()
                .map(n -> new TabularList.NoteRow(n.nodeSeq(), n.type(), n.text())).toList());
    }

    static IndexBook index(String file) {
        IcdBookRows rows = read(file, false);
        Map<Integer, Map<Integer, String>> cells = new HashMap<>();
        rows.cells().forEach(c -> cells.computeIfAbsent(c.termSeq(), k -> new LinkedHashMap<>()).put(c.col(),
                c.code()));
        return new IndexBook(rows.terms().stream().map(t -> new IndexBook.Entry(t.seq(), t.parentSeq(), t.level(),
                t.title(), t.nemod(), t.code(), t.manif(), t.see(), t.seeAlso(), cells.getOrDefault(t.seq(),
                Map.of()))).toList());
    }

    private static IcdBookRows read(String file, boolean tabular) {
        try {
            byte[] plain = CodeSetFiles.plain(SharedData.bytes(DIR + file));
            return tabular ? TabularXmlReader.read(new ByteArrayInputStream(plain))
                    : IndexXmlReader.read(new ByteArrayInputStream(plain));
        } catch (Exception e) {
            throw new IllegalStateException("Reading " + file + " failed", e);
        }
    }
}
