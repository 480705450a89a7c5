package io.openrcm.claim.statement;

import io.openrcm.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one patient's statement says, and nothing of anyone else: the practice, the patient's account, each visit
 * with a balance (its services, charges, what insurance paid and adjusted, what the patient paid, what is owed),
 * the amount due and how to pay. Service lines carry the code and our own short words, never a CPT descriptor.
 *
 * @param statementDate the statement date
 * @param practice who sends it
 * @param patient who it is for
 * @param accountNumber the patient's account at the practice (the patient id the EHR sent)
 * @param visits the visits with a balance, oldest first
 * @param howToPay the sentence telling the patient how to pay
 */
public record Statement(LocalDate statementDate, Party practice, Party patient, String accountNumber,
        List<Visit> visits, String howToPay) {

    public Statement {
        Objects.requireNonNull(statementDate, "statementDate");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(patient, "patient");
        visits = List.copyOf(visits);
    }

    /** The sum of what is owed on every visit. */
    public Money amountDue() {
        return Money.sum(visits.stream().map(Visit::owed).toList());
    }

    /**
     * A name and a postal address printed on the statement.
     *
     * @param name the name
     * @param addressLines street lines and "city, state ZIP"; empty when not known
     */
    public record Party(String name, List<String> addressLines) {

        public Party {
            Objects.requireNonNull(name, "name");
            addressLines = List.copyOf(addressLines);
        }
    }

    /**
     * One visit (claim) on the statement.
     *
     * @param dateOfService the date of service
     * @param claimNumber our claim number as the patient may quote it
     * @param services the services with their charges
     * @param charges the visit's total charge
     * @param insurancePaid what the payers paid
     * @param insuranceAdjusted what the payers adjusted away (not the patient's)
     * @param patientPaid what the patient paid, refunds deducted
     * @param writtenOff what the practice wrote off of the patient's share
     * @param owed what the patient owes on it
     */
    public record Visit(LocalDate dateOfService, String claimNumber, List<Service> services, Money charges,
            Money insurancePaid, Money insuranceAdjusted, Money patientPaid, Money writtenOff, Money owed) {

        public Visit {
            services = List.copyOf(services);
        }
    }

    /**
     * One service line.
     *
     * @param description our own short words with the code, such as "Service 99213-25 x1"
     * @param charge the line charge
     */
    public record Service(String description, Money charge) {
    }
}
