package io.openrcm.claim.api;

import io.openrcm.platform.audit.Audit;
import io.openrcm.platform.clearinghouse.ClearinghouseAdminResource;
import io.openrcm.platform.clearinghouse.ClearinghouseLink;
import io.openrcm.platform.clearinghouse.ConnectionStore;
import io.openrcm.platform.clearinghouse.JdbcFileLedger;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** claim-service's clearinghouse operations under /admin: the platform's, over its own link and tables. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class ClearinghouseResource extends ClearinghouseAdminResource {

    @Inject
    public ClearinghouseResource(ConnectionStore connections, JdbcFileLedger files, Audit audit,
            ClearinghouseLink link) {
        super(connections, files, audit, link);
    }
}
