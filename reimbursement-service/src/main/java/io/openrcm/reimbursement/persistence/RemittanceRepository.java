package io.openrcm.reimbursement.persistence;

import io.openrcm.reimbursement.domain.RemittanceStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
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

    /**
     * The quarantined remittances of the practices, newest first. Nothing of a quarantined remittance is posted, so it
     * is of its payee's practice (N1*PE); one without a payee NPI is of no practice.
     */
    public List<RemittanceEntity> quarantined(Set<String> practices, int limit) {
        return find("status = ?1 and payeeId in ?2 order by receivedAt desc", RemittanceStatus.QUARANTINED.name(),
                WorkQueueQueries.inList(practices)).page(0, limit).list();
    }
}
