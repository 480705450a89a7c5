package io.openrcm.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The operations × roles matrix of {@code deploy/security/access-matrix.csv}: who may call each REST operation. */
public record AccessMatrix(List<Row> rows) {

    /** Every realm role of the openrcm realm. */
    public static final List<String> ROLES = List.of("ehr-integration", "coder", "biller", "payer-integration",
            "revenue-manager", "administrator", "auditor");

    private static final Path RELATIVE_FILE = Path.of("deploy", "security", "access-matrix.csv");

    /** One operation and the roles allowed to call it. */
    public record Row(String service, String method, String path, Set<String> roles) {

        public String operation() {
            return method + " " + path;
        }
    }

    /** Reads the matrix file found upwards from the working directory; rows of every service. */
    public static AccessMatrix load() {
        Path file = find(Path.of("").toAbsolutePath());
        try {
            List<Row> rows = Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(AccessMatrix::row)
                    .toList();
            return new AccessMatrix(rows);
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
        if (cells.length != 4) {
            throw new IllegalArgumentException("access-matrix.csv: expected service,method,path,roles in: " + line);
        }
        Set<String> roles = new LinkedHashSet<>(Arrays.asList(cells[3].strip().split("\\s+")));
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("access-matrix.csv: unknown role " + role + " in: " + line);
            }
        }
        return new Row(cells[0].strip(), cells[1].strip().toUpperCase(), cells[2].strip(), roles);
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
