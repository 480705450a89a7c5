package io.openrcm.platform.clearinghouse;

import java.time.Instant;

/**
 * A service's link to the clearinghouse as an operator sees it (GET /admin/clearinghouse-status, the dashboard's
 * Clearinghouse panel): whether it runs and is up, its failures and their reason, a refused host key, the files
 * waiting and the files that could not be read. No patient data: the error is the connection's
 * ({@link ConnectionHealth#connectionError()}).
 *
 * @param service the service, such as claim-service
 * @param connection the connection's id
 * @param enabled whether the service talks to a clearinghouse (rcm.clearinghouse.enabled)
 * @param state UP, DOWN (the last round failed), STARTING (no round yet) or OFF (not enabled)
 * @param consecutiveFailures rounds failed in a row
 * @param lastError why the last round failed; null while up
 * @param hostKeyRefused whether the server presented another host key than the known one
 * @param lastSuccess when a round last went through; null if never
 * @param backlog files waiting to travel (counted once per round)
 * @param backlogDirection outbound (837P to the clearinghouse) or inbound (files begun and not finished)
 * @param failedFiles files that could not be read (the work queue, GET /admin/clearinghouse-files?status=FAILED)
 */
public record ClearinghouseStatus(String service, String connection, boolean enabled, String state,
        int consecutiveFailures, String lastError, boolean hostKeyRefused, Instant lastSuccess, long backlog,
        String backlogDirection, long failedFiles) {
}
