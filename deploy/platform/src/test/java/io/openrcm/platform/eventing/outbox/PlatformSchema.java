package io.openrcm.platform.eventing.outbox;

import io.openrcm.infra.SharedTestInfrastructure;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/** A new database with every platform migration applied, as a service's database has them, for the outbox tests. */
final class PlatformSchema {

    private static final List<String> MIGRATIONS = List.of("V0_1__outbox_and_inbox.sql", "V0_2__parked_events.sql",
            "V0_3__audit_record.sql", "V0_13_1__parked_outbox_actions.sql", "V0_14_1__reference_version.sql",
            "V0_14_2__outbox_parked_and_sent_indexes.sql", "V0_14_3__outbox_event_id_unindexed.sql");

    private PlatformSchema() {
    }

    static PGSimpleDataSource migratedDatabase(String prefix) throws Exception {
        PGSimpleDataSource dataSource = SharedTestInfrastructure.endpoints().newDatabase(prefix);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String migration : MIGRATIONS) {
                s.execute(script("db/platform/" + migration));
            }
        }
        return dataSource;
    }

    private static String script(String resource) throws Exception {
        try (InputStream in = PlatformSchema.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
