package io.openrcm.dashboard.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One change read from the claim-status feed: the claim's status and balance right after the change.
 *
 * @param eventId the CloudEvents id, unique per change
 * @param claimId the claim
 * @param encounterId the coded encounter the claim bills
 * @param payerId the payer
 * @param billingProviderNpi the billing provider
 * @param fromStatus the status before; null when the claim was just created
 * @param toStatus the status after
 * @param reason a sentence for people
 * @param reasonCodes the payment's adjustments as group-CARC, in the payer's order
 * @param amounts the balance after the change
 * @param changedAt when it happened
 * @param dateOfService the claim's date of service when the producer sends it (an added field), else null
 * @param denialCategory the payer's denial category when the producer sends it, else null
 * @param responsibility who the balance is with (PRIMARY, SECONDARY, TERTIARY, PATIENT) when the producer sends it,
 *        else null
 * @param patientBalance what the patient owes on the claim after the change when the producer sends it, else null
 */
public record ClaimStatusChange(UUID eventId, String claimId, String encounterId, String payerId,
        String billingProviderNpi, String fromStatus, String toStatus, String reason, List<String> reasonCodes,
        Amounts amounts, Instant changedAt, LocalDate dateOfService, String denialCategory, String responsibility,
        BigDecimal patientBalance) {

    /** A change as producers before the patient's side sent it: no responsibility, no patient balance. */
    public ClaimStatusChange(UUID eventId, String claimId, String encounterId, String payerId,
            String billingProviderNpi, String fromStatus, String toStatus, String reason, List<String> reasonCodes,
            Amounts amounts, Instant changedAt, LocalDate dateOfService, String denialCategory) {
        this(eventId, claimId, encounterId, payerId, billingProviderNpi, fromStatus, toStatus, reason, reasonCodes,
                amounts, changedAt, dateOfService, denialCategory, null, null);
    }

    public ClaimStatusChange {
        Objects.requireNonNull(eventId, "eventId");
        requireText(claimId, "claimId");
        requireText(payerId, "payerId");
        requireText(billingProviderNpi, "billingProviderNpi");
        requireText(toStatus, "toStatus");
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(changedAt, "changedAt");
        reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
        patientBalance = patientBalance == null ? null : Dollars.of(patientBalance, "patientBalance");
    }

    /** Whether only the patient's side changed (a patient payment, copay, refund or write-off): same status. */
    public boolean isPatientOnly() {
        return toStatus.equals(fromStatus);
    }

    /** Whether this change is a payer's decision on the claim (paid in full or in part, or denied). */
    public boolean isAdjudication() {
        return ClaimStates.isAdjudicated(toStatus);
    }

    /** Whether the claim left the building with this change. */
    public boolean isSubmission() {
        return ClaimStates.SUBMITTED.equals(toStatus);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }

    /** The balance after a change; each amount in dollars with two decimals. */
    public record Amounts(BigDecimal totalCharge, BigDecimal paid, BigDecimal adjustments,
            BigDecimal patientResponsibility, BigDecimal outstanding) {

        public Amounts {
            totalCharge = Dollars.of(totalCharge, "totalCharge");
            paid = Dollars.of(paid, "paidAmount");
            adjustments = Dollars.of(adjustments, "adjustmentAmount");
            patientResponsibility = Dollars.of(patientResponsibility, "patientResponsibility");
            outstanding = Dollars.of(outstanding, "outstanding");
        }
    }
}
