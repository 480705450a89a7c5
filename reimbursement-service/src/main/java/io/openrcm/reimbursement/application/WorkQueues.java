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
import java.util.Set;

/** The lists finance and posters work from, of the caller's practices: unmatched payments, underpaid lines, deposits. */
@ApplicationScoped
public class WorkQueues {

    private final WorkQueueQueries queries;

    @Inject
    public WorkQueues(WorkQueueQueries queries) {
        this.queries = queries;
    }

    /** The practices' claim payments waiting for their claim, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnmatchedPayment> exceptions(Set<String> practices, int limit) {
        return queries.unmatched(practices, limit);
    }

    /** How many of the practices' claim payments wait for their claim. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long exceptionCount(Set<String> practices) {
        return queries.unmatchedCount(practices);
    }

    /** The practices' posted service lines whose allowed amount fell short of the contract, largest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Underpayment> underpayments(String payerId, Set<String> practices, int limit) {
        return queries.underpayments(payerId, practices, limit);
    }

    /** The practices' payer payments, newest first, with their posted and unposted amounts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Deposit> deposits(LocalDate from, LocalDate to, Set<String> practices, int limit) {
        return queries.deposits(from, to, practices, limit);
    }
}
