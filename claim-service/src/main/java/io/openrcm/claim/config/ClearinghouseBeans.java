package io.openrcm.claim.config;

import io.openrcm.platform.clearinghouse.ClearinghouseConfig;
import io.openrcm.platform.clearinghouse.ClearinghouseLink;
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

    /** The service's link (started by messaging's ClearinghouseLink); the api reads its status. */
    @Produces
    @Singleton
    ClearinghouseLink link(ClearinghouseConfig config, ConnectionStore connections) {
        return new ClearinghouseLink("claim-service", config, connections);
    }
}
