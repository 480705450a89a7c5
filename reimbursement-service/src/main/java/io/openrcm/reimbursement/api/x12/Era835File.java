package io.openrcm.reimbursement.api.x12;

import io.openrcm.reimbursement.domain.PayerIdentifier;
import io.openrcm.reimbursement.domain.Remittance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

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
     * @param remittance the remittance it holds; null when an error touches money or matching
     * @param errors what is wrong in it; empty when clean
     * @param acceptedWithErrors true when its errors are all {@link X12Error#tolerable() tolerable} and its payer
     *     takes such files (999 IK5*E): the remittance is taken and the errors kept with it
     * @param payerIdentifiers how it names its payer (TRN03, N1*PR, REF*2U), in file order
     */
    public record Transaction(String controlNumber, String type, Remittance remittance, List<X12Error> errors,
            boolean acceptedWithErrors, List<PayerIdentifier> payerIdentifiers) {

        /** True when its remittance is taken: no error, or only tolerated ones. */
        public boolean usable() {
            return remittance != null && (errors.isEmpty() || acceptedWithErrors);
        }
    }

    /**
     * The same file with each transaction set whose errors are all tolerable accepted with errors when its payer
     * takes that ({@code rcm.x12.accept-with-errors.<payerId>}).
     */
    public Era835File tolerating(Predicate<String> payerTolerates) {
        List<Group> decided = groups.stream().map(g -> new Group(g.controlNumber(), g.functionalId(), g.version(),
                g.transactions().stream().map(t -> t.remittance() != null && !t.errors().isEmpty()
                        && t.errors().stream().allMatch(X12Error::tolerable)
                        && payerTolerates.test(t.remittance().payerId())
                        ? new Transaction(t.controlNumber(), t.type(), t.remittance(), t.errors(), true,
                                t.payerIdentifiers()) : t)
                        .toList(), g.errors(), g.versionSupported())).toList();
        return new Era835File(senderId, receiverId, usage, decided, fileErrors);
    }

    /**
     * The same file with the payer id of each remittance replaced by the one {@code payerOf} gives for its
     * transaction set (our payer id, resolved from the identifiers the payer sent).
     */
    public Era835File withPayers(Function<Transaction, String> payerOf) {
        List<Group> resolved = groups.stream().map(g -> new Group(g.controlNumber(), g.functionalId(), g.version(),
                g.transactions().stream().map(t -> t.remittance() == null ? t
                        : new Transaction(t.controlNumber(), t.type(), t.remittance().withPayerId(payerOf.apply(t)),
                                t.errors(), t.acceptedWithErrors(), t.payerIdentifiers()))
                        .toList(), g.errors(), g.versionSupported())).toList();
        return new Era835File(senderId, receiverId, usage, resolved, fileErrors);
    }

    /** True when every transaction set can be taken (clean, or accepted with errors). */
    public boolean accepted() {
        return fileErrors.isEmpty() && !groups.isEmpty() && groups.stream().allMatch(g -> g.errors().isEmpty()
                && !g.transactions().isEmpty() && g.transactions().stream().allMatch(Transaction::usable));
    }

    /** Every error that refuses the file: the file's first, then each group's and refused transaction's. */
    public List<X12Error> allErrors() {
        List<X12Error> all = new ArrayList<>(fileErrors);
        for (Group g : groups) {
            all.addAll(g.errors());
            g.transactions().stream().filter(t -> !t.acceptedWithErrors()).forEach(t -> all.addAll(t.errors()));
        }
        return all;
    }

    /** Every transaction set, in file order. */
    public List<Transaction> transactions() {
        return groups.stream().flatMap(g -> g.transactions().stream()).toList();
    }

    /** The remittances of every usable transaction set, in file order. */
    public List<Remittance> remittances() {
        return transactions().stream().filter(Transaction::usable).map(Transaction::remittance).toList();
    }
}
