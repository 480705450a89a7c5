package io.openrcm.reimbursement.api;

import io.openrcm.reimbursement.application.RemittanceView;
import io.openrcm.reimbursement.domain.X12Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Body of {@code POST /remittances} for an X12 835 file: one entry per transaction set, and the 999 acknowledgment.
 *
 * @param remittances the remittances, in file order
 * @param ack999 the 999 acknowledging the file
 * @param acknowledgmentId the stored 999 (GET /acknowledgments/{id}; also GET /remittances/{id}/999)
 */
public record X12RemittanceResponse(List<Item> remittances, String ack999, UUID acknowledgmentId) {

    /**
     * One remittance (835 transaction set).
     *
     * @param remittanceId its id (GET /remittances/{id})
     * @param payerId the payer (TRN03)
     * @param traceNumber TRN02
     * @param status POSTED, PARTIALLY_POSTED, UNMATCHED or QUARANTINED
     * @param claims how many claim payments it holds
     * @param totalPaid BPR02
     * @param paymentDate BPR16 (DTM*405 when BPR16 was in error and accepted)
     * @param providerAdjustmentTotal the sum of its PLB amounts
     * @param imbalances why it is quarantined, with the exact differences
     * @param claimResults each claim payment and where it stands
     * @param acceptedWithErrors what was wrong when its payer takes tolerable errors (999 IK5*E); usually empty
     */
    public record Item(UUID remittanceId, String payerId, String traceNumber, RemittanceView.Status status,
            int claims, String totalPaid, LocalDate paymentDate, String providerAdjustmentTotal,
            List<RemittanceView.ImbalanceLine> imbalances, List<RemittanceView.ClaimResult> claimResults,
            List<X12Finding> acceptedWithErrors) {
    }

    static Item item(RemittanceView v, List<X12Finding> acceptedWithErrors) {
        return new Item(v.remittanceId(), v.payerId(), v.traceNumber(), v.status(), v.claimCount(), v.totalPaid(),
                v.paymentDate(), v.providerAdjustmentTotal(), v.imbalances(), v.claims(), acceptedWithErrors);
    }
}
