package io.openrcm.code.persistence.load;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads code set files in their published layouts (see README.md for each): the ICD-10-CM order file (CMS/CDC
 * fixed width, or its tab-separated conversion with a header), the ICD-10-CM order addenda, the CMS HCPCS Level II
 * alpha-numeric file, and a licensed CPT file as CSV (code, descriptor). Gzip-compressed input is recognised.
 */
public final class CodeSetFiles {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private CodeSetFiles() {
    }

    /** The bytes, unzipped when they are gzip. */
    public static byte[] plain(byte[] bytes) throws IOException {
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return in.readAllBytes();
            }
        }
        return bytes;
    }

    /** ICD-10-CM order file rows, fixed width or tab separated. */
    public static List<CodeRow> icd10cmOrder(byte[] bytes) throws IOException {
        List<CodeRow> rows = new ArrayList<>();
        for (String line : lines(bytes, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            if (line.indexOf('\t') >= 0) {
                String[] f = line.split("\t", -1);
                if (f.length < 5 || !f[0].strip().chars().allMatch(Character::isDigit)) {
                    continue; // the header row
                }
                rows.add(new CodeRow(null, f[1].strip(), f[3].strip(), f[4].strip(), "1".equals(f[2].strip()), null,
                        null));
            } else {
                // CMS layout: order number 1-5, code 7-13, header (0) or billable (1) 15, short title 17-76, long 78-.
                if (line.length() < 17) {
                    throw new IllegalArgumentException("Line too short for the ICD-10-CM order file layout: " + line);
                }
                rows.add(new CodeRow(null, cut(line, 6, 13), cut(line, 16, 76), cut(line, 77, line.length()),
                        line.charAt(14) == '1', null, null));
            }
        }
        return rows;
    }

    /**
     * ICD-10-CM order addenda: action 1-13 ("Add:", "Delete:", "Revise from:", "Revise to:"), header/billable flag 14,
     * code 16-22, short title 24-83, long title 85-. "Revise from" lines and the trailing summary are skipped.
     */
    public static List<CodeRow> icd10cmOrderAddenda(byte[] bytes) throws IOException {
        List<CodeRow> rows = new ArrayList<>();
        for (String line : lines(bytes, StandardCharsets.UTF_8)) {
            String action = line.length() >= 13 ? line.substring(0, 13).strip() : "";
            String kind = switch (action) {
                case "Add:" -> "A";
                case "Delete:" -> "D";
                case "Revise to:" -> "R";
                default -> null;
            };
            if (kind == null) {
                continue;
            }
            rows.add(new CodeRow(kind, cut(line, 15, 22), cut(line, 23, 83), cut(line, 84, line.length()),
                    line.charAt(13) == '1', null, null));
        }
        return rows;
    }

    /**
     * CMS HCPCS Level II alpha-numeric file: code 1-5, sequence 6-10, record id 11 (3 procedure, 4 continued long
     * description, 7 modifier, 8 continued modifier), long description 12-91, short 92-119, add date 269-276, action
     * effective date 277-284, termination date 285-292. Modifier records are skipped; continued lines extend the
     * long description.
     */
    public static List<CodeRow> hcpcs(byte[] bytes) throws IOException {
        List<CodeRow> rows = new ArrayList<>();
        for (String line : lines(bytes, StandardCharsets.ISO_8859_1)) {
            if (line.length() < 12 || !line.substring(0, 5).matches("[A-Z][0-9]{4}")) {
                continue;
            }
            char record = line.charAt(10);
            if (record == '4' && !rows.isEmpty() && rows.get(rows.size() - 1).code().equals(line.substring(0, 5))) {
                CodeRow last = rows.remove(rows.size() - 1);
                rows.add(new CodeRow(null, last.code(), last.shortTitle(), last.longTitle() + " " + cut(line, 11, 91),
                        true, last.effectiveFrom(), last.effectiveTo()));
            } else if (record == '3') {
                rows.add(new CodeRow(null, line.substring(0, 5), cut(line, 91, 119), cut(line, 11, 91), true,
                        date(cut(line, 268, 276)), date(cut(line, 284, 292))));
            }
        }
        return rows;
    }

    /** A licensed CPT file as CSV: code, descriptor (a header row and quoted descriptors are fine). */
    public static List<CodeRow> cptCsv(byte[] bytes) throws IOException {
        List<CodeRow> rows = new ArrayList<>();
        for (String line : lines(bytes, StandardCharsets.UTF_8)) {
            int comma = line.indexOf(',');
            if (comma < 0) {
                continue;
            }
            String code = unquote(line.substring(0, comma)).toUpperCase(Locale.ROOT);
            if (!code.matches("[0-9]{4}[0-9FTU]")) {
                continue; // the header row
            }
            String title = unquote(line.substring(comma + 1));
            rows.add(new CodeRow(null, code, title, title, true, null, null));
        }
        return rows;
    }

    static List<String> lines(byte[] bytes, Charset charset) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new BufferedInputStream(new ByteArrayInputStream(plain(bytes))), charset))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            }
        }
        return lines;
    }

    private static String cut(String line, int from, int to) {
        if (from >= line.length()) {
            return "";
        }
        return line.substring(from, Math.min(to, line.length())).strip();
    }

    private static LocalDate date(String value) {
        return value.length() == 8 && value.chars().allMatch(Character::isDigit)
                ? LocalDate.parse(value, YYYYMMDD) : null;
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1).replace("\"\"", "\"");
        }
        return v;
    }
}
