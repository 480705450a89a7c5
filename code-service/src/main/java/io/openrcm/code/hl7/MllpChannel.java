package io.openrcm.code.hl7;

import io.openrcm.code.application.CodingOutcome;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.audit.AuditOutcome;
import io.openrcm.platform.audit.AuditTrail;
import io.openrcm.platform.security.Caller;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An MLLP connection as a sender. Over TLS it is the EHR client named by its certificate's CN and may send for that
 * client's facilities only; plain MLLP listens on loopback only (a process on this host, as in the local stack) and
 * may send for any configured facility. Audited as {@code mllp:<client>}.
 */
final class MllpChannel implements Hl7Channel {

    private final String certifiedClient;
    private final AuditTrail trail;

    /** @param certifiedClient the client certificate's CN, or null on a plain loopback connection */
    MllpChannel(String certifiedClient, AuditTrail trail) {
        this.certifiedClient = certifiedClient;
        this.trail = trail;
    }

    @Override
    public boolean mayActFor(String facilityName, Hl7Config.Facility facility) {
        return certifiedClient == null || certifiedClient.equals(facility.client());
    }

    @Override
    public Function<CodingOutcome, AuditTrail.Attributed> auditor(String correlationId) {
        return outcome -> {
            var e = outcome.encounter();
            String npi = e.content().billingProviderNpi();
            return new AuditTrail.Attributed(caller(npi), new AuditEntry("encounter.create", "Encounter",
                    e.id().toString(), e.content().patient().id(), npi), correlationId);
        };
    }

    @Override
    public void refused(String facilityName, Hl7Config.Facility facility) {
        trail.separately(caller(null), List.of(new AuditEntry("encounter.create", "Encounter", null, null,
                facility.billingNpi())), AuditOutcome.REFUSED, 403, java.util.UUID.randomUUID().toString());
    }

    private Caller caller(String npi) {
        String client = certifiedClient == null ? "loopback" : certifiedClient;
        return new Caller("mllp:" + client, "mllp:" + client, client, Set.of("ehr-integration"),
                npi == null ? Set.of() : Set.of(npi), Optional.empty());
    }
}
