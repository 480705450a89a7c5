package io.openrcm.claim.api;

import io.openrcm.claim.application.PatientClaim;
import io.openrcm.claim.domain.Balance;
import io.openrcm.claim.domain.PatientBalance;
import io.openrcm.claim.domain.PatientEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim's patient side; amounts are decimal strings with two decimals.
 *
 * @param claimId the claim
 * @param practice its billing provider
 * @param patientId the patient account
 * @param dateOfService the date of service
 * @param claimStatus the claim's status
 * @param responsibility who the claim is with: PRIMARY, SECONDARY, TERTIARY or PATIENT
 * @param status the patient's standing: WITH_INSURANCE, NOTHING_OWED, OWES, PAID_IN_FULL, WRITTEN_OFF or CREDIT
 * @param totalCharge the claim's charge
 * @param insurancePaid what the payers paid
 * @param insuranceAdjusted what the payers adjusted away
 * @param patientResponsibility what the payers left to the patient
 * @param patientPaid the patient's payments
 * @param refunded refunded to the patient
 * @param writtenOff small balances written off
 * @param owed what the patient owes now
 * @param credit what the practice owes the patient back
 * @param entries the patient's payments, refunds and write-offs, oldest first
 */
public record PatientBalanceView(String claimId, String practice, String patientId, LocalDate dateOfService,
        String claimStatus, String responsibility, String status, String totalCharge, String insurancePaid,
        String insuranceAdjusted, String patientResponsibility, String patientPaid, String refunded,
        String writtenOff, String owed, String credit, List<Entry> entries) {

    static PatientBalanceView of(PatientClaim pc) {
        Balance b = pc.claim().balance();
        PatientBalance p = pc.patient();
        return new PatientBalanceView(pc.claim().id().toString(), pc.claim().details().billingProviderNpi(),
                pc.claim().details().patient().id(), pc.claim().details().dateOfService(),
                pc.claim().status().name(), pc.claim().coordination().responsibility().name(), p.status().name(),
                b.totalCharge().toString(), b.paid().toString(), b.adjustments().toString(),
                p.responsibility().toString(), p.paid().toString(),
                p.refunded().toString(), p.writtenOff().toString(), p.owed().toString(), p.credit().toString(),
                p.entries().stream().map(Entry::of).toList());
    }

    /**
     * One patient entry.
     *
     * @param reference the practice's reference
     * @param kind PAYMENT, REFUND or WRITE_OFF
     * @param amount the amount
     * @param postedAt when
     * @param note method or reason
     */
    public record Entry(String reference, String kind, String amount, Instant postedAt, String note) {

        static Entry of(PatientEntry e) {
            return new Entry(e.reference(), e.kind().name(), e.amount().toString(), e.postedAt(), e.note());
        }
    }
}
