package io.openrcm.claim.api;

import io.openrcm.claim.application.CarriedClaim;
import io.openrcm.claim.application.Submission;
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
     */
    public record SubmissionView(UUID submissionId, String payerId, String interchangeControlNumber,
            int groupControlNumber, int claimCount, String totalCharge, Instant createdAt, List<Carried> claims) {

        static SubmissionView of(Submission s, List<CarriedClaim> claims) {
            return new SubmissionView(s.id(), s.payerId(), String.format("%09d", s.interchangeControlNumber()),
                    s.groupControlNumber(), s.claimCount(), s.totalCharge().amount().toPlainString(), s.createdAt(),
                    claims.stream().map(c -> new Carried(c.claimId(), c.transactionControl())).toList());
        }
    }

    /** A claim and the transaction set that carried it. */
    public record Carried(UUID claimId, String transactionControlNumber) {
    }
}
