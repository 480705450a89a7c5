package io.openrcm.dashboard.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows, in one answer. Money and rates are strings ("160.00", "0.1250"); a figure another
 * service provides is null while that service cannot be reached (the page shows n/a) and {@code sources} says why.
 *
 * @param asOf when the summary was made
 * @param lastSequence the feed's sequence number this summary includes; stream from here to miss nothing
 * @param feedLag how many claim-status records the projection has not applied yet (0 when current)
 */
public record Summary(Instant asOf, long lastSequence, long feedLag, Claims claims, Aging arAging, Denials denials, Rates rates,
        Underpayments underpayments, WorkQueues workQueues, List<Party> payers, List<Party> providers,
        List<Source> sources, ParkedEvents parkedEvents, List<ClearinghouseLink> clearinghouse) {

    /** Claims by their current status. */
    public record Claims(long total, List<State> byState) {
    }

    /** Claims in one status. */
    public record State(String state, long claims, String totalCharge, String outstanding) {
    }

    /**
     * Open balances of billed claims by age: insurance A/R by payer, patient A/R, and both together (totals, total).
     */
    public record Aging(LocalDate asOf, String basis, List<String> buckets, List<PayerAging> payers,
            Map<String, String> totals, String total, Row insurance, Row patient) {
    }

    /** One line of the aging over every payer: amounts by bucket and their total. */
    public record Row(Map<String, String> amounts, String total) {
    }

    /** One payer's row of the aging. */
    public record PayerAging(String payerId, Map<String, String> amounts, String total) {
    }

    /** Denials, from the feed. */
    public record Denials(String initialDenialRateByCount, String initialDenialRateByDollars, long adjudicatedClaims,
            long deniedOnFirstDecision, long deniedNow, String deniedOutstanding, List<CodeCount> topReasons,
            List<CodeCount> categories) {
    }

    /** A code and on how many claims it came. */
    public record CodeCount(String code, long claims) {
    }

    /**
     * The claim-service's HFMA rates, and the days in A/R the dashboard computes from the feed; with the
     * claim-service's A/R split into what payers owe and what patients owe (issue 16), null while it does not answer.
     */
    public record Rates(String cleanClaimRate, String firstPassAcceptanceRate, String denialRateByCount,
            String denialRateByDollars, String daysInAR, String daysInARFromFeed, String insuranceAccountsReceivable,
            String patientAccountsReceivable) {
    }

    /** Underpaid claims found by the reimbursement-service against contracted rates. */
    public record Underpayments(Long claims, String totalUnderpaid, List<JsonNode> items) {
    }

    /** How many items wait in each work queue. */
    public record WorkQueues(Long coding, Long scrubFailed, Long rejected, Long unmatchedRemittances) {
    }

    /**
     * The operators' work queue of parked events (issue 13): what each service's consumers gave up on.
     *
     * @param permitted whether the caller may see them (role administrator); when false the services were not asked,
     *        total is null and services empty
     * @param total open parked events of the services that answered; null when none answered
     * @param services each service's queue
     */
    public record ParkedEvents(boolean permitted, Long total, List<ParkedQueue> services) {

        /** The panel of a caller who is not an administrator: nothing asked, nothing shown. */
        public static ParkedEvents notPermitted() {
            return new ParkedEvents(false, null, List.of());
        }
    }

    /**
     * One service's parked events: how many (null while it does not answer), the first few, and where to act.
     *
     * @param service the service's name
     * @param adminUrl its {@code /admin/parked-events} endpoint: POST {id}/replay or {id}/discard, with X-Actor
     * @param count how many are parked
     * @param items the newest few: id, consumer, eventType, reason, attempts, lastFailure
     */
    public record ParkedQueue(String service, String adminUrl, Long count, List<JsonNode> items) {
    }

    /**
     * One service's link to the clearinghouse (issue 15), from its {@code GET /admin/clearinghouse-status}; every
     * figure null while the service does not answer.
     *
     * @param service claim-service or reimbursement-service
     * @param statusUrl the endpoint read
     * @param state UP, DOWN, STARTING or OFF; null while the service does not answer
     * @param connection the connection's id
     * @param consecutiveFailures rounds failed in a row
     * @param lastError the connection's error (never patient data)
     * @param hostKeyRefused whether the server presented another host key than the known one
     * @param lastSuccess when a round last went through (ISO-8601)
     * @param backlog files waiting to travel
     * @param backlogDirection outbound (837P to send) or inbound (files begun, not finished)
     * @param failedFiles files that could not be read: the work queue
     */
    public record ClearinghouseLink(String service, String statusUrl, String state, String connection,
            Long consecutiveFailures, String lastError, Boolean hostKeyRefused, String lastSuccess, Long backlog,
            String backlogDirection, Long failedFiles) {
    }

    /** Claims of one payer or billing provider. */
    public record Party(String id, long claims, String totalCharge, String paid, String outstanding) {
    }

    /** One source the summary read, and whether it answered. */
    public record Source(String name, String url, boolean available, String problem) {
    }
}
