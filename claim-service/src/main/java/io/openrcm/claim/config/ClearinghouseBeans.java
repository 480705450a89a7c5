package io.openrcm.claim.config;

import io.openrcm.platform.clearinghouse.ConnectionStore;
import io.openrcm.platform.clearinghouse.JdbcFileLedger;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/** The platform's clearinghouse tables, over this service's database (tables of migration V15_1). */
public class ClearinghouseBeans {

    @Produces
    @Singleton
    ConnectionStore connections(DataSource dataSource) {
        return new ConnectionStore(dataSource);
    }

    @Produces
    @Singleton
    JdbcFileLedger files(DataSource dataSource) {
        return new JdbcFileLedger(dataSource);
    }
}
