package io.openrcm.platform.clearinghouse;

import io.openrcm.platform.audit.Audit;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The administrator's view of a service's clearinghouse link: its connections (reference data; key files by path
 * only) and the files taken from its outbound folder, FAILED ones being the work queue of files that could not be
 * read. Abstract, with no path of its own: the services that run a link extend it with {@code @Path("/admin")}, so
 * the operations exist there and nowhere else (a resource class of the platform jar would be in every service).
 */
public abstract class ClearinghouseAdminResource {

    private static final Set<String> STATUSES = Set.of(FileLedger.TAKING, FileLedger.DONE, FileLedger.FAILED);

    private final ConnectionStore connections;
    private final JdbcFileLedger files;
    private final Audit audit;
    private final ClearinghouseLink link;

    protected ClearinghouseAdminResource(ConnectionStore connections, JdbcFileLedger files, Audit audit,
            ClearinghouseLink link) {
        this.connections = connections;
        this.files = files;
        this.audit = audit;
        this.link = link;
    }

    @RolesAllowed("administrator")
    @GET
    @Path("/clearinghouse-connections")
    @Operation(summary = "The clearinghouse connections (SFTP host, user, key file paths, folders, interval)")
    public List<ConnectionRequest.View> connections() {
        return connections.list().stream().map(ConnectionRequest.View::of).toList();
    }

    @RolesAllowed("administrator")
    @PUT
    @Path("/clearinghouse-connections/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Create or change a clearinghouse connection; used from the link's next round")
    public ConnectionRequest.View put(@PathParam("id") String id, ConnectionRequest request) {
        if (request == null) {
            throw ProblemException.invalidRequest(List.of(new Violation("", "a connection is required")));
        }
        Connection c = request.toConnection(id);
        connections.upsert(c, Instant.now());
        audit.changed(AuditEntry.of("clearinghouse.connection.update", "ClearinghouseConnection", id));
        return ConnectionRequest.View.of(c);
    }

    @RolesAllowed("administrator")
    @GET
    @Path("/clearinghouse-files")
    @Operation(summary = "Files taken from the clearinghouse, newest first; status=FAILED lists those that could not"
            + " be read, with the reason")
    public List<FileLedger.Entry> files(@QueryParam("status") String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalidRequest(List.of(new Violation("/status",
                    "one of TAKING, DONE, FAILED")));
        }
        return files.list(status, 500);
    }

    // revenue-manager too: the dashboard's back end (client dashboard-backend) reads it with its own token; no
    // patient data.
    @RolesAllowed({"administrator", "revenue-manager"})
    @GET
    @Path("/clearinghouse-status")
    @Operation(summary = "The link's live health: UP or DOWN with the connection's error (no patient data), a refused"
            + " host key, the files waiting and the number of FAILED files")
    public ClearinghouseStatus status() {
        return link.status(files.count(FileLedger.FAILED));
    }
}
