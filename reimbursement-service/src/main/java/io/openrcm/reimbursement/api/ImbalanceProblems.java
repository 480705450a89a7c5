package io.openrcm.reimbursement.api;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import io.openrcm.reimbursement.domain.Imbalance;
import java.util.List;

/** Turns broken balancing rules into a 422 problem, each with the JSON pointer of the value that does not balance. */
public final class ImbalanceProblems {

    /** Problem type slug: {@code https://openrcm.io/problems/unbalanced-remittance}. */
    public static final String TYPE = "unbalanced-remittance";

    private ImbalanceProblems() {
    }

    /** The 422 problem for these imbalances. */
    public static ProblemException of(List<Imbalance> imbalances) {
        List<Violation> violations = imbalances.stream().map(i -> new Violation(pointer(i), i.message())).toList();
        return new ProblemException(422, TYPE, "The remittance does not balance",
                String.join("; ", violations.stream().map(v -> v.pointer() + ": " + v.message()).toList()),
                violations);
    }

    /** Where in the JSON request the rule is broken. */
    static String pointer(Imbalance imbalance) {
        return switch (imbalance.rule()) {
            case TOTAL_PAID -> "/totalPaid";
            case CLAIM_ADJUSTMENTS -> "/claims/" + imbalance.claimIndex() + "/adjustments";
            case PATIENT_RESPONSIBILITY -> "/claims/" + imbalance.claimIndex() + "/patientResponsibility";
            case LINE_ADJUSTMENTS -> "/claims/" + imbalance.claimIndex() + "/lines/" + imbalance.lineIndex();
        };
    }
}
