package io.openrcm.reimbursement.application;

import io.openrcm.kernel.Money;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.reimbursement.domain.PayerContract;
import io.openrcm.reimbursement.persistence.PayerContractStore;
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

    private final PayerContractStore contracts;
    private final Clock clock;

    @Inject
    public PayerContracts(PayerContractStore contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

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
     * Use case: adds a contract line, in one transaction. It applies to payments posted from then on; payments
     * already posted keep the comparison they were posted with.
     *
     * @throws ProblemException 409 when the same payer, code, modifier and start exist
     */
    @Transactional
    public PayerContract add(NewContract c) {
        if (contracts.exists(c.payerId(), c.code(), c.modifier(), c.effectiveFrom())) {
            throw ProblemException.conflict("contract-exists", "A contract for payer " + c.payerId() + ", code "
                    + c.code() + ", modifier '" + c.modifier() + "' starting " + c.effectiveFrom() + " exists");
        }
        PayerContract contract = new PayerContract(UUID.randomUUID(), c.payerId(), c.code(), c.modifier(),
                c.expectedAllowed(), c.effectiveFrom(), c.effectiveTo());
        contracts.insert(contract, Instant.now(clock));
        return contract;
    }

    /** The contracts of a payer, or all when null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PayerContract> list(String payerId) {
        return contracts.list(payerId);
    }

    /**
     * The expected allowed amount per unit for the service on the date: a rate for one of its modifiers first (in
     * order), then the rate for any modifier.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Money> rate(String payerId, String code, List<String> modifiers, LocalDate on) {
        for (String modifier : modifiers) {
            Optional<Money> found = contracts.rate(payerId, code, modifier, on);
            if (found.isPresent()) {
                return found;
            }
        }
        return contracts.rate(payerId, code, "", on);
    }
}
