package io.openrcm.reimbursement.api;

import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.reimbursement.application.ClaimOwner;
import io.openrcm.reimbursement.application.RemittanceQueries;
import io.openrcm.reimbursement.application.RemittanceView;
import io.openrcm.reimbursement.domain.Remittance;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who posts an 835 file, as {@link X12Intake} needs to know: whether they may post its remittances, how what it
 * changed is audited, and the name its 999 keeps. A signed-in caller ({@link PaymentAccess}) or the clearinghouse
 * link acting as the system ({@link Era835FileIntake}).
 */
interface RemittancePoster {

    /** Refuses (403, nothing stored) remittances this poster may not post. */
    void requirePoster(Collection<Remittance> remittances);

    /** Audits a remittance taken, inside the posting's transaction. */
    void audit(String action, RemittanceView taken);

    /** Who posted the file, as its 999 keeps it. */
    String poster();

    /** One audit entry per claim the remittance pays, with the claim's patient and practice where known. */
    static List<AuditEntry> entries(RemittanceQueries queries, String action, RemittanceView remittance) {
        Map<String, ClaimOwner> owners = queries.owners(remittance.claims().stream()
                .map(RemittanceView.ClaimResult::claimId).distinct().toList());
        return remittance.claims().stream().map(c -> {
            ClaimOwner owner = owners.get(c.claimId());
            return new AuditEntry(action, "Remittance", remittance.remittanceId() + "/" + c.claimId(),
                    owner == null ? null : owner.patientId(), owner == null ? null : owner.practice());
        }).toList();
    }
}
