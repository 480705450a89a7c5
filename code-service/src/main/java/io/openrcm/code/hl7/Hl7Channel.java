package io.openrcm.code.hl7;

import io.openrcm.code.application.CodingOutcome;

/** Who a message came from, as the transport proved it (an MLLP connection, an HTTPS token): what it may send for. */
public interface Hl7Channel {

    /** Whether this sender may send for the facility (the sending facility's EHR client and practice). */
    boolean mayActFor(String facilityName, Hl7Config.Facility facility);

    /** Records the stored encounter in the audit trail; called inside the transaction that stores it. */
    void audit(CodingOutcome outcome, String correlationId);

    /** Records that a message was refused because the sender may not send for that facility. */
    void refused(String facilityName, Hl7Config.Facility facility);
}
