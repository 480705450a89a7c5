package io.openrcm.reimbursement.application;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.persistence.PayerContractEntity;
import io.openrcm.reimbursement.persistence.PayerContractRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Payer contracts: the allowed amount per unit expected per payer, code and modifier, effective-dated. */
@ApplicationScoped
public class PayerContracts {

    @Inject
    PayerContractRepository contracts;
    @Inject
    Clock clock;

    /**
     * A contract line to add.
     *
     * @param payerId our payer id (as in ClaimSubmitted)
     * @param code the procedure code
     * @param modifier one modifier, or empty for a rate whatever the modifiers
     * @param expectedAllowed the allowed amount expected per unit
     * @param effectiveFrom first day in effect
     * @param effectiveTo last day in effect, or null for open-ended
     */
    public record NewContract(String payerId, String code, String modifier, Money expectedAllowed,
            LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    /**
     * A stored contract line.
     *
     * @param id id
     * @param payerId payer
     * @param code code
     * @param modifier modifier, "" for any
     * @param expectedAllowed per unit
     * @param effectiveFrom first day
     * @param effectiveTo last day, or null
     */
    public record Contract(UUID id, String payerId, String code, String modifier, Money expectedAllowed,
            LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    /** Adds a contract line; 409 when the same payer, code, modifier and start exist. */
    @Transactional
    public Contract add(NewContract c) {
        if (contracts.count("payerId = ?1 and code = ?2 and modifier = ?3 and effectiveFrom = ?4", c.payerId(),
                c.code(), c.modifier(), c.effectiveFrom()) > 0) {
            throw ProblemException.conflict("contract-exists", "A contract for payer " + c.payerId() + ", code "
                    + c.code() + ", modifier '" + c.modifier() + "' starting " + c.effectiveFrom() + " exists");
        }
        PayerContractEntity row = new PayerContractEntity();
        row.id = UUID.randomUUID();
        row.payerId = c.payerId();
        row.code = c.code();
        row.modifier = c.modifier();
        row.expectedAllowed = c.expectedAllowed().amount();
        row.effectiveFrom = c.effectiveFrom();
        row.effectiveTo = c.effectiveTo();
        row.createdAt = Instant.now(clock);
        contracts.persist(row);
        return view(row);
    }

    /** The contracts of a payer, or all when null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contract> list(String payerId) {
        return contracts.listFor(payerId).stream().map(PayerContracts::view).toList();
    }

    private static Contract view(PayerContractEntity c) {
        return new Contract(c.id, c.payerId, c.code, c.modifier, Money.of(c.expectedAllowed), c.effectiveFrom,
                c.effectiveTo);
    }

    /**
     * The expected allowed amount per unit for the service on the date: a rate for one of its modifiers first (in
     * order), then the rate for any modifier.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Money> rate(String payerId, String code, List<String> modifiers, LocalDate on) {
        for (String modifier : modifiers) {
            Optional<PayerContractEntity> found = contracts.inEffect(payerId, code, modifier, on);
            if (found.isPresent()) {
                return found.map(f -> Money.of(f.expectedAllowed));
            }
        }
        return contracts.inEffect(payerId, code, "", on).map(f -> Money.of(f.expectedAllowed));
    }
}
