package io.openrcm.payersim;

import io.openrcm.x12.X12ReadError;
import io.openrcm.x12.X12ReadException;
import java.util.List;

/**
 * An 837P file as the clearinghouse read it: its envelope, each transaction set with its claims and the errors a
 * 999 reports, or the reason it could not be read at all.
 *
 * @param senderId ISA06 (the provider's submitter id); null when the ISA could not be read
 * @param receiverId ISA08
 * @param controlNumber ISA13 as written
 * @param usage ISA15
 * @param groupControlNumber GS06
 * @param version GS08
 * @param submitterName NM1*41 NM103 of the first set
 * @param transactions the transaction sets in order
 * @param unreadable why the file could not be read to its end; null when it could
 */
public record Interchange837(String senderId, String receiverId, String controlNumber, String usage,
        String groupControlNumber, String version, String submitterName, List<Transaction> transactions,
        X12ReadException unreadable) {

    /** GS08 is the guide the payer takes (005010X222A1). */
    public boolean versionSupported() {
        return Claim837Reader.VERSION.equals(version);
    }

    /** The 999 accepts the set: the file was read to its end, in the right version, and the set has no error. */
    public boolean takes(Transaction t) {
        return unreadable == null && versionSupported() && t.accepted();
    }

    /**
     * One transaction set.
     *
     * @param controlNumber ST02
     * @param type ST01
     * @param batchId BHT03 (the originator's reference, echoed in the 277CA)
     * @param claims its claims
     * @param errors what StAEDI found against the 837P schema and the envelope
     */
    public record Transaction(String controlNumber, String type, String batchId, List<SubmittedClaim> claims,
            List<X12ReadError> errors) {

        /** A 999 accepts it: a readable 837 with no error. */
        public boolean accepted() {
            return errors.isEmpty() && "837".equals(type);
        }
    }
}
