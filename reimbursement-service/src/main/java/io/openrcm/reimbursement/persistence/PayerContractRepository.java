package io.openrcm.reimbursement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

/** Payer contracts, and the rate in effect for a payer, code and modifier on a date. */
@ApplicationScoped
public class PayerContractRepository implements PanacheRepositoryBase<PayerContractEntity, UUID> {

    /**
     * The rate in effect on the date for exactly this modifier ('' for the any-modifier rate), latest start first.
     * Contracts are never written by a posting, so the query does not flush the posting's pending rows first.
     */
    public Optional<PayerContractEntity> inEffect(String payerId, String code, String modifier, LocalDate on) {
        return find("payerId = ?1 and code = ?2 and modifier = ?3 and effectiveFrom <= ?4"
                + " and (effectiveTo is null or effectiveTo >= ?4) order by effectiveFrom desc", payerId, code,
                modifier, on).withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).firstResultOptional();
    }

    /** The contracts of a payer (all payers when null), by code and start. */
    public List<PayerContractEntity> listFor(String payerId) {
        return payerId == null ? list("order by payerId, code, modifier, effectiveFrom")
                : list("payerId = ?1 order by code, modifier, effectiveFrom", payerId);
    }
}
