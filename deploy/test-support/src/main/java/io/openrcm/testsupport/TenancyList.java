package io.openrcm.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code deploy/security/tenancy.csv}: for every REST operation of the access matrix, whether it reads or acts on
 * patient data and so must be scoped to the caller's practices ({@code patient}), returns none ({@code reference}),
 * or serves an installation-wide role across practices ({@code cross-practice}, with the reason in the file).
 */
public record TenancyList(List<Row> rows) {

    /** Operations of this class are proven, one probe each, by the service's TenancyContract test. */
    public static final String PATIENT = "patient";
    private static final List<String> CLASSES = List.of(PATIENT, "reference", "cross-practice");
    private static final Path RELATIVE_FILE = Path.of("deploy", "security", "tenancy.csv");

    /** One operation and its class. */
    public record Row(String service, String method, String path, String kind) {

        public String operation() {
            return method + " " + path;
        }

        public boolean patientData() {
            return PATIENT.equals(kind);
        }
    }

    /** Reads the file found upwards from the working directory. */
    public static TenancyList load() {
        Path file = find(Path.of("").toAbsolutePath());
        try {
            return new TenancyList(Files.readAllLines(file).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(TenancyList::row).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** The rows of one service. */
    public List<Row> of(String service) {
        return rows.stream().filter(r -> r.service().equals(service)).toList();
    }

    private static Row row(String line) {
        String[] cells = line.split(",", -1);
        if (cells.length < 4) {
            throw new IllegalArgumentException("tenancy.csv: expected service,method,path,class[,why] in: " + line);
        }
        String kind = cells[3].strip();
        if (!CLASSES.contains(kind)) {
            throw new IllegalArgumentException("tenancy.csv: class must be one of " + CLASSES + " in: " + line);
        }
        return new Row(cells[0].strip(), cells[1].strip().toUpperCase(), cells[2].strip(), kind);
    }

    private static Path find(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(RELATIVE_FILE))) {
                return dir.resolve(RELATIVE_FILE);
            }
        }
        throw new IllegalStateException("No " + RELATIVE_FILE + " above " + start);
    }
}
