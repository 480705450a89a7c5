package io.openrcm.code.api;

import io.openrcm.code.application.CodingOutcome;
import io.openrcm.code.hl7.Hl7Answer;
import io.openrcm.code.hl7.Hl7Channel;
import io.openrcm.code.hl7.Hl7Config;
import io.openrcm.code.hl7.Hl7Intake;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HL7 v2 over HTTPS, for EHRs that post instead of holding an MLLP connection: the same DFT^P03 and the same ACK as
 * on MLLP. The token's practices must include the practice of the sending facility (MSH-4).
 */
@Path("/hl7/v2")
@Tag(name = "HL7 v2")
public class Hl7Resource {

    static final String ER7 = "x-application/hl7-v2+er7";

    @Inject
    Hl7Intake intake;
    @Inject
    EncounterAccess access;

    @RolesAllowed("ehr-integration")
    @POST
    @Consumes({ER7, "application/hl7-v2", "text/plain"})
    @Operation(summary = "Receive charges as an HL7 v2.5.1 DFT^P03; the answer is its ACK",
            description = "AA once the encounter is stored (with ERR warnings when it waits for a coder); AE with one "
                    + "ERR per field at fault (ERR-2 location, ERR-3 HL7 table 0357 code, ERR-8 why); AR for a "
                    + "message type, version or sender not taken. Idempotent on MSH-10 per MSH-3 and MSH-4: a resend "
                    + "gets the first ACK. See the README's message profile.")
    @APIResponse(responseCode = "200", description = "The ACK (AA, AE or AR) in ER7")
    @APIResponse(responseCode = "403", description = "The token does not carry the practice of the sending facility: "
            + "an AR naming MSH-4; nothing is stored")
    public Response post(String body) {
        Hl7Answer answer = intake.receive(body, new HttpChannel(access));
        return Response.status(answer.notPermitted() ? 403 : 200).type(ER7).entity(answer.ack()).build();
    }

    /** The signed-in EHR client: may send for the facilities whose practice its token carries. */
    private record HttpChannel(EncounterAccess access) implements Hl7Channel {

        @Override
        public boolean mayActFor(String facilityName, Hl7Config.Facility facility) {
            return access.caller().mayActFor(facility.billingNpi());
        }

        @Override
        public Function<CodingOutcome, AuditTrail.Attributed> auditor(String correlationId) {
            // The HTTPS caller and the request's correlation id, taken now, on the request's thread.
            return access.changedElsewhere("encounter.create");
        }

        @Override
        public void refused(String facilityName, Hl7Config.Facility facility) {
            access.audit().refused(List.of(new AuditEntry("encounter.create", EncounterAccess.ENCOUNTER, null, null,
                    facility.billingNpi())), 403);
        }
    }
}
