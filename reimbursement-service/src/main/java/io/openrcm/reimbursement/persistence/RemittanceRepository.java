package io.openrcm.reimbursement.persistence;

import io.openrcm.reimbursement.domain.RemittanceStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Remittance rows by id and by their natural key (payer, trace number). */
@ApplicationScoped
public class RemittanceRepository implements PanacheRepositoryBase<RemittanceEntity, UUID> {

    /** The remittance already taken (not quarantined) under this payer and trace number, if any. */
    public Optional<RemittanceEntity> findTaken(String payerId, String traceNumber) {
        return find("payerId = ?1 and traceNumber = ?2 and status = ?3", payerId, traceNumber,
                RemittanceStatus.TAKEN.name()).firstResultOptional();
    }

    /** The quarantined remittance with this natural key and content, if any. */
    public Optional<RemittanceEntity> findQuarantined(String payerId, String traceNumber, String fingerprint) {
        return find("payerId = ?1 and traceNumber = ?2 and fingerprint = ?3 and status = ?4", payerId, traceNumber,
                fingerprint, RemittanceStatus.QUARANTINED.name()).firstResultOptional();
    }

    /** The quarantined remittances, newest first. */
    public List<RemittanceEntity> quarantined(int limit) {
        return find("status = ?1 order by receivedAt desc", RemittanceStatus.QUARANTINED.name()).page(0, limit)
                .list();
    }
}
