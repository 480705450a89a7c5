package io.openrcm.claim.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Row of the {@code claim_diagnosis} table. */
@Embeddable
public class ClaimDiagnosisEmbeddable {

    @Column(nullable = false)
    public int sequence;
    @Column(nullable = false)
    public String code;
}
