package io.openrcm.dashboard.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.dashboard.application.FeedQueries;
import io.openrcm.dashboard.application.Summary;
import io.openrcm.dashboard.application.SummaryService;
import io.openrcm.dashboard.domain.Figures;
import io.openrcm.platform.audit.Audit;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import io.openrcm.platform.security.Caller;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The dashboard's read API: the summary the page draws, and the latest changes of the feed. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SummaryService summaries;
    @Inject
    FeedQueries queries;
    @Inject
    Caller caller;
    @Inject
    Audit audit;
    @Inject
    SecurityIdentity identity;

    @RolesAllowed("revenue-manager")
    @GET
    @Path("/summary")
    @Operation(summary = "Claims by state, A/R aging by payer, denials, rates, underpayments and work queues")
    public Summary summary() throws SQLException {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        // Aggregates of the caller's practices only; the other services get the caller's token and scope by it too.
        // Parked events only for an administrator, read with the same token (administrator-only at every service).
        return summaries.summary(caller.practices(), Optional.ofNullable(token).map(AccessTokenCredential::getToken),
                identity.hasRole("administrator"));
    }

    @RolesAllowed("revenue-manager")
    @GET
    @Path("/changes")
    @Operation(summary = "The latest claim status changes, newest first (limit 1..200, default 20)")
    public List<Change> changes(@QueryParam("limit") String limit) throws SQLException, IOException {
        int n = 20;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > 200) {
                throw ProblemException.invalidRequest(List.of(new Violation("?limit", "must be 1 to 200")));
            }
        }
        List<Change> out = new ArrayList<>();
        List<Figures.FeedEntry> entries = queries.recent(n, caller.practices());
        for (Figures.FeedEntry e : entries) {
            out.add(new Change(e.sequence(), JSON.readTree(e.payload())));
        }
        // One record per request: the feed carries no patient id, and a dashboard polls it often.
        audit.read(new AuditEntry("claim-status.read", "ClaimStatusFeed", "latest " + entries.size(), null, null));
        return out;
    }

    /** One change of the feed: its sequence number and the event as published. */
    public record Change(long sequence, JsonNode event) {
    }
}
