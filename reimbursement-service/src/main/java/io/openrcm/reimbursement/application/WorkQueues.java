package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.Deposit;
import io.openrcm.reimbursement.domain.UnmatchedPayment;
import io.openrcm.reimbursement.domain.Underpayment;
import io.openrcm.reimbursement.persistence.WorkQueueQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** The lists finance and posters work from: unmatched claim payments, underpaid lines, deposits. */
@ApplicationScoped
public class WorkQueues {

    private final WorkQueueQueries queries;

    @Inject
    public WorkQueues(WorkQueueQueries queries) {
        this.queries = queries;
    }

    /** Claim payments waiting for their claim, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnmatchedPayment> exceptions(int limit) {
        return queries.unmatched(limit);
    }

    /** How many claim payments wait for their claim. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long exceptionCount() {
        return queries.unmatchedCount();
    }

    /** Posted service lines whose allowed amount fell short of the contract, largest shortfall first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Underpayment> underpayments(String payerId, int limit) {
        return queries.underpayments(payerId, limit);
    }

    /** Every payer payment, newest first, with its posted and unposted amounts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Deposit> deposits(LocalDate from, LocalDate to, int limit) {
        return queries.deposits(from, to, limit);
    }
}
