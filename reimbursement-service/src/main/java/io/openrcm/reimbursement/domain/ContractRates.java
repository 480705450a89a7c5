package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where posting finds the payer contract's expected allowed amount per unit (the application looks it up). */
@FunctionalInterface
public interface ContractRates {

    /** The rate in effect for the service on the date: one of its modifiers first (in order), then any modifier. */
    Optional<Money> rate(String payerId, String code, List<String> modifiers, LocalDate on);
}
