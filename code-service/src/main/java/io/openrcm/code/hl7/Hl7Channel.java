package io.openrcm.code.hl7;

import io.openrcm.code.application.CodingOutcome;
import io.openrcm.platform.audit.AuditTrail;
import java.util.function.Function;

/** Who a message came from, as the transport proved it (an MLLP connection, an HTTPS token): what it may send for. */
public interface Hl7Channel {

    /** Whether this sender may send for the facility (the sending facility's EHR client and practice). */
    boolean mayActFor(String facilityName, Hl7Config.Facility facility);

    /**
     * The audit record of a stored encounter, written in the transaction that stores it. Called on the message's own
     * thread; the function it returns may run on another (a micro-batch's), so it must not use request-scoped beans.
     */
    Function<CodingOutcome, AuditTrail.Attributed> auditor(String correlationId);

    /** Records that a message was refused because the sender may not send for that facility. */
    void refused(String facilityName, Hl7Config.Facility facility);
}
