package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.Imbalance;
import java.util.List;

/** A remittance that breaks a balancing rule: refused whole, nothing stored. Each reader reports the places its way. */
public class UnbalancedRemittanceException extends RuntimeException {

    private final transient List<Imbalance> imbalances;

    public UnbalancedRemittanceException(List<Imbalance> imbalances) {
        super(imbalances.size() + " balancing rule(s) broken: "
                + String.join("; ", imbalances.stream().map(Imbalance::message).toList()));
        this.imbalances = List.copyOf(imbalances);
    }

    public List<Imbalance> imbalances() {
        return imbalances;
    }
}
