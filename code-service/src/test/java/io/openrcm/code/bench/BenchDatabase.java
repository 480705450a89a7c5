package io.openrcm.code.bench;

import io.openrcm.code.persistence.load.CodeSetLoader;
import io.openrcm.infra.EmbeddedPostgresServer;
import io.openrcm.testsupport.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;

/**
 * For the benchmarks: an embedded PostgreSQL under target/bench, migrated like the service's database, with the
 * FY2022 ICD-10-CM order file loaded through the service's loader (timed and printed).
 */
final class BenchDatabase implements AutoCloseable {

    final EmbeddedPostgresServer server;
    final Connection connection;
    final long fy2022;

    private BenchDatabase(EmbeddedPostgresServer server, Connection connection, long fy2022) {
        this.server = server;
        this.connection = connection;
        this.fy2022 = fy2022;
    }

    static Path sharedData() {
        return SharedData.dir();
    }

    static BenchDatabase start() throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.builder(Path.of("target/bench")).start();
        server.ensureDatabase("bench");
        String url = server.jdbcUrl("bench");
        Flyway.configure().dataSource(url, server.username(), server.password())
                .locations("classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(url, server.username(), server.password())
                .locations("classpath:db/migration").load().migrate();
        Connection c = DriverManager.getConnection(url, server.username(), server.password());
        byte[] file = Files.readAllBytes(sharedData().resolve("codesets/icd10cm/icd10cm_order_fy2022.tsv.gz"));
        CodeSetLoader loader = new CodeSetLoader(c);
        long t0 = System.nanoTime();
        CodeSetLoader.Result r = loader.load("ICD10CM", "FY2022", LocalDate.of(2021, 10, 1),
                LocalDate.of(2022, 9, 30), "icd10cm_order_fy2022.tsv.gz", file);
        System.out.printf("load FY2022 ICD-10-CM: %d rows in %.2f s%n", r.rows(), (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        CodeSetLoader.Result again = loader.load("ICD10CM", "FY2022", LocalDate.of(2021, 10, 1),
                LocalDate.of(2022, 9, 30), "icd10cm_order_fy2022.tsv.gz", file);
        System.out.printf("load the same file again: unchanged=%s in %.2f s%n", again.unchanged(),
                (System.nanoTime() - t0) / 1e9);
        try (var st = c.createStatement()) {
            st.execute("ANALYZE code_entry");
        }
        return new BenchDatabase(server, c, r.versionId());
    }

    @Override
    public void close() throws Exception {
        connection.close();
        server.close();
    }
}
