package io.openrcm.reimbursement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Remittances by id and by their natural key (payer, trace number). */
@ApplicationScoped
public class RemittanceRepository implements PanacheRepositoryBase<RemittanceEntity, UUID> {

    /** The remittance already taken under this payer and trace number, if any. */
    public Optional<RemittanceEntity> findByNaturalKey(String payerId, String traceNumber) {
        return find("payerId = ?1 and traceNumber = ?2", payerId, traceNumber).firstResultOptional();
    }
}
