package io.openrcm.claim.api;

import io.openrcm.claim.application.CarriedClaim;
import io.openrcm.claim.application.Submission;
import io.openrcm.claim.application.SubmissionTransfer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The records {@code /submissions} speaks. */
public final class SubmissionApi {

    private SubmissionApi() {
    }

    /** Submissions and how many. */
    public record SubmissionList(List<SubmissionView> items, int total) {
    }

    /**
     * One 837P interchange.
     *
     * @param submissionId its id
     * @param payerId the payer it went to
     * @param interchangeControlNumber ISA13
     * @param groupControlNumber GS06
     * @param claimCount claims in it
     * @param totalCharge their total charge
     * @param createdAt when it was written
     * @param claims per claim, the ST02 that carried it (summary only)
     * @param transfer with a clearinghouse, how its file travelled (summary only; null when handed over by hand)
     */
    public record SubmissionView(UUID submissionId, String payerId, String interchangeControlNumber,
            int groupControlNumber, int claimCount, String totalCharge, Instant createdAt, List<Carried> claims,
            SubmissionTransfer transfer) {

        static SubmissionView of(Submission s, List<CarriedClaim> claims) {
            return of(s, claims, null);
        }

        static SubmissionView of(Submission s, List<CarriedClaim> claims, SubmissionTransfer transfer) {
            return new SubmissionView(s.id(), s.payerId(), String.format("%09d", s.interchangeControlNumber()),
                    s.groupControlNumber(), s.claimCount(), s.totalCharge().amount().toPlainString(), s.createdAt(),
                    claims.stream().map(c -> new Carried(c.claimId(), c.transactionControl())).toList(), transfer);
        }
    }

    /** A claim and the transaction set that carried it. */
    public record Carried(UUID claimId, String transactionControlNumber) {
    }
}
