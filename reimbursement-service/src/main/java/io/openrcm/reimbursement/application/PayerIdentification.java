package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.PayerIdentifier;
import io.openrcm.reimbursement.domain.PayerResolution;
import io.openrcm.reimbursement.persistence.PayerEdiIdentifierStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Names the payer of an 835 by the identifiers it carries (TRN03, N1*PR, REF*2U), through the payers' EDI ids. */
@ApplicationScoped
public class PayerIdentification {

    private final PayerEdiIdentifierStore identifiers;

    @Inject
    public PayerIdentification(PayerEdiIdentifierStore identifiers) {
        this.identifiers = identifiers;
    }

    /** Our payer id for these identifiers, or why there is none (see {@link PayerResolution}). */
    public PayerResolution resolve(List<PayerIdentifier> found) {
        return PayerResolution.of(found, id -> identifiers.payerOf(id.qualifier(), id.value()));
    }
}
