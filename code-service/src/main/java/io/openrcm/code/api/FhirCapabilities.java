package io.openrcm.code.api;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Enumerations;

/** The CapabilityStatement of code-service's FHIR R4 endpoint (GET /fhir/metadata). */
final class FhirCapabilities {

    private static final Date PUBLISHED = new Date(1796083200000L);

    private FhirCapabilities() {
    }

    static CapabilityStatement statement() {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setStatus(Enumerations.PublicationStatus.ACTIVE).setDate(PUBLISHED)
                .setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE)
                .setFhirVersion(Enumerations.FHIRVersion._4_0_1).addFormat("json").addFormat("application/fhir+json");
        cs.setName("OpenRCMCodeService").setTitle("OpenRCM code-service: encounters for billing");
        cs.getSoftware().setName("OpenRCM code-service");
        cs.getImplementation().setDescription("Takes a professional encounter for billing as a Claim or a Bundle; "
                + "answers errors as an OperationOutcome with FHIRPath expressions");
        CapabilityStatement.CapabilityStatementRestComponent rest = cs.addRest()
                .setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().setDescription("OAuth2 bearer token (OIDC) with realm role ehr-integration; the token's "
                + "practices must include the billing provider (Claim.provider NPI)");
        rest.addResource().setType("Claim").setProfile("http://hl7.org/fhir/StructureDefinition/Claim")
                .addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.CREATE);
        rest.addResource().setType("Bundle").setProfile("http://hl7.org/fhir/StructureDefinition/Bundle")
                .addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.CREATE)
                .setDocumentation("A collection holding a Claim and the resources it references, or an Encounter "
                        + "with its Conditions, Procedures, Patient and Coverage");
        return cs;
    }
}
