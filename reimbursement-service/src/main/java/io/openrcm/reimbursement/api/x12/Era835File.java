package io.openrcm.reimbursement.api.x12;

import io.openrcm.reimbursement.domain.Remittance;
import java.util.List;

/**
 * An X12 file as read: its functional groups with their transaction sets (each an 835 remittance or the errors that
 * make it unusable), and the errors of the envelope itself.
 *
 * @param senderId ISA06 of the (first) interchange; the 999 goes back to it
 * @param receiverId ISA08
 * @param usage ISA15 (P production, T test)
 * @param groups the functional groups in file order
 * @param fileErrors errors of the envelope or syntax that are not within one transaction set
 */
public record Era835File(String senderId, String receiverId, String usage, List<Group> groups,
        List<X12Error> fileErrors) {

    /**
     * One functional group.
     *
     * @param controlNumber GS06
     * @param functionalId GS01 (HP for an 835)
     * @param version GS08
     * @param transactions its transaction sets
     * @param errors group-level errors (such as a version we do not take)
     * @param versionSupported false when GS08 is not 005010X221A1
     */
    public record Group(String controlNumber, String functionalId, String version, List<Transaction> transactions,
            List<X12Error> errors, boolean versionSupported) {
    }

    /**
     * One transaction set.
     *
     * @param controlNumber ST02
     * @param type ST01
     * @param remittance the remittance it holds; null when it has errors
     * @param errors what makes it unusable; empty when accepted
     */
    public record Transaction(String controlNumber, String type, Remittance remittance, List<X12Error> errors) {
    }

    /** True when nothing in the file is in error: every transaction set can be taken. */
    public boolean accepted() {
        return fileErrors.isEmpty() && !groups.isEmpty() && groups.stream().allMatch(g -> g.errors().isEmpty()
                && !g.transactions().isEmpty() && g.transactions().stream().allMatch(t -> t.errors().isEmpty()));
    }

    /** Every error, the file's first, then each group's and transaction's. */
    public List<X12Error> allErrors() {
        java.util.List<X12Error> all = new java.util.ArrayList<>(fileErrors);
        for (Group g : groups) {
            all.addAll(g.errors());
            g.transactions().forEach(t -> all.addAll(t.errors()));
        }
        return all;
    }

    /** The remittances of every transaction set, in file order. */
    public List<Remittance> remittances() {
        return groups.stream().flatMap(g -> g.transactions().stream()).map(Transaction::remittance)
                .filter(java.util.Objects::nonNull).toList();
    }
}
