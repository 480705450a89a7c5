package io.openrcm.code.application;

import io.openrcm.code.persistence.load.CodeSetLoader;
import io.openrcm.code.persistence.load.EditTableLoader;
import io.openrcm.code.persistence.load.IcdBookLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Command line entry for loading code sets and edit tables into the code-service database (see load-code-set.sh).
 * Prints the rows loaded and the seconds it took.
 *
 * <pre>
 * --jdbc-url jdbc:postgresql://localhost:15432/code --user postgres [--password ...]
 * --system ICD10CM|HCPCS|CPT --version FY2022 [--from 2021-10-01 --to 2022-09-30] FILE
 * --system ICD10CM --addenda --version FY2023 --base FY2022 FILE
 * --table ptp|mue|add-on|excludes1|synonyms|abbreviations FILE
 * --book tabular|index|eindex|neoplasm|drug --version FY2023 [--from 2022-10-01 --to 2023-09-30] FILE
 * </pre>
 */
public final class CodeSetLoaderCli {

    private CodeSetLoaderCli() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        String file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--addenda")) {
                o.put("addenda", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                o.put(args[i].substring(2), args[++i]);
            } else {
                file = args[i];
            }
        }
        if (file == null || (!o.containsKey("system") && !o.containsKey("table") && !o.containsKey("book"))) {
            System.err.println("usage: load-code-set.sh [--jdbc-url URL] (--system S --version V [--from D --to D] "
                    + "[--addenda --base V] | --book tabular|index|eindex|neoplasm|drug --version V [--from D --to D] "
                    + "| --table ptp|mue|add-on|excludes1|synonyms|abbreviations) FILE");
            System.exit(2);
        }
        byte[] bytes = Files.readAllBytes(Path.of(file));
        String url = o.getOrDefault("jdbc-url", "jdbc:postgresql://localhost:15432/code");
        try (Connection c = DriverManager.getConnection(url, o.getOrDefault("user", "postgres"),
                o.getOrDefault("password", System.getenv().getOrDefault("PGPASSWORD", "")))) {
            long start = System.nanoTime();
            if (o.containsKey("table")) {
                int rows = new EditTableLoader(c).load(o.get("table"), Path.of(file).getFileName().toString(), bytes);
                System.out.printf("%s: %d rows in %.2f s%n", o.get("table"), rows, (System.nanoTime() - start) / 1e9);
                return;
            }
            if (o.containsKey("book")) {
                LocalDate[] p = CodeSetPeriods.of("ICD10CM", o.get("version"), o.get("from"), o.get("to"));
                IcdBookLoader.Result r = new IcdBookLoader(c).load(IcdBookLoader.Book.of(o.get("book")),
                        o.get("version"), p[0], p[1], Path.of(file).getFileName().toString(), bytes);
                System.out.printf("ICD-10-CM %s %s: %d rows %s in %.2f s%n", r.book(), r.label(), r.rows(),
                        r.unchanged() ? "(unchanged: this file was loaded before)" : "loaded",
                        (System.nanoTime() - start) / 1e9);
                return;
            }
            String system = o.get("system");
            String version = o.get("version");
            LocalDate[] period = CodeSetPeriods.of(system, version, o.get("from"), o.get("to"));
            CodeSetLoader loader = new CodeSetLoader(c);
            CodeSetLoader.Result r = o.containsKey("addenda")
                    ? loader.loadAddenda(version, o.get("base"), period[0], period[1], file, bytes)
                    : loader.load(system, version, period[0], period[1], file, bytes);
            System.out.printf("%s %s: %d rows %s in %.2f s%n", r.system(), r.label(), r.rows(),
                    r.unchanged() ? "(unchanged: this file was loaded before)" : "loaded",
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
