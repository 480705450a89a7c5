package io.openrcm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a generated encounter (the JSON body of POST /encounters) as the HL7 v2.5.1 DFT^P03 an EHR would send over
 * MLLP to code-service: one FT1 per service line, one DG1 per diagnosis, one IN1 per coverage. The sending facility
 * (MSH-4) is the one code-service's configuration maps to the encounter's billing provider.
 */
final class Hl7Dft {

    /** Billing-provider NPI to sending facility, as the local stack's rcm.hl7.facilities seed maps them. */
    static final Map<String, String> FACILITIES = Map.of("1234567893", "LAKESIDE", "1679576722", "PRAIRIE");

    private Hl7Dft() {
    }

    /** Whether the encounter's practice has a sending facility (only those can go over MLLP). */
    static boolean sendable(JsonNode body) {
        return FACILITIES.containsKey(body.path("billingProviderNpi").asText());
    }

    /** The DFT^P03 in ER7 with that control id (MSH-10), segments ended by CR. */
    static String write(JsonNode body, String controlId) {
        String facility = FACILITIES.get(body.path("billingProviderNpi").asText());
        if (facility == null) {
            throw new IllegalArgumentException("no sending facility for billing provider "
                    + body.path("billingProviderNpi").asText());
        }
        String date = body.path("dateOfService").asText().replace("-", "");
        List<String> s = new ArrayList<>();
        s.add("MSH|^~\\&|RCM-BENCH|" + facility + "|OPENRCM|OPENRCM|" + date + "120000||DFT^P03^DFT_P03|"
                + esc(controlId) + "|P|2.5.1");
        s.add("EVN|P03|" + date + "120000");
        JsonNode p = body.path("patient");
        s.add("PID|1||" + esc(p.path("id").asText()) + "^^^" + facility + "^MR||" + esc(p.path("lastName").asText())
                + "^" + esc(p.path("firstName").asText()) + "||" + p.path("birthDate").asText().replace("-", "") + "|"
                + p.path("sex").asText() + "|||" + address(p.path("address")));
        s.add("PV1|1|O|||||" + esc(body.path("renderingProviderNpi").asText()) + "||||||||||||"
                + esc(body.path("ehrEncounterId").asText()));
        List<String> dx = new ArrayList<>();
        for (JsonNode d : body.path("diagnoses")) {
            dx.add(d.isTextual() ? d.asText() : d.path("code").asText(""));
        }
        int set = 0;
        for (JsonNode line : body.path("serviceLines")) {
            List<String> codes = new ArrayList<>();
            for (JsonNode pointer : line.path("diagnosisPointers")) {
                codes.add(esc(dx.get(pointer.asInt() - 1)));
            }
            List<String> modifiers = new ArrayList<>();
            line.path("modifiers").forEach(m -> modifiers.add(esc(m.asText())));
            s.add("FT1|" + (++set) + "|||" + date + "||CG|" + esc(line.path("code").asText()) + "^^CPT|||"
                    + line.path("units").asText("1") + "|||||||||" + String.join("~", codes) + "|"
                    + esc(body.path("renderingProviderNpi").asText()) + "||||||" + String.join("~", modifiers));
        }
        set = 0;
        for (JsonNode d : body.path("diagnoses")) {
            set++;
            s.add(d.isTextual() || d.has("code") ? "DG1|" + set + "||" + esc(dx.get(set - 1)) + "^^I10|||F"
                    : "DG1|" + set + "|||" + esc(d.path("text").asText()) + "||F");
        }
        set = 0;
        for (JsonNode c : coverages(body)) {
            set++;
            JsonNode sub = c.path("subscriber");
            String relationship = switch (sub.path("relationship").asText("18")) {
                case "01" -> "SPO";
                case "19" -> "CHD";
                case "G8" -> "OTH";
                default -> "SEL";
            };
            boolean self = "SEL".equals(relationship);
            s.add("IN1|" + set + "||" + esc(c.path("payerId").asText()) + "|||||||||||||"
                    + (self ? "" : esc(sub.path("lastName").asText()) + "^" + esc(sub.path("firstName").asText()))
                    + "|" + relationship + "|" + (self ? "" : sub.path("birthDate").asText().replace("-", "")) + "|"
                    + (self ? "" : address(sub.path("address"))) + "|||||||||||||||||"
                    + esc(c.path("memberId").asText()) + "|||||||" + (self ? "" : sub.path("sex").asText()));
        }
        return String.join("\r", s) + "\r";
    }

    private static Iterable<JsonNode> coverages(JsonNode body) {
        if (body.has("coverages")) {
            return body.path("coverages");
        }
        com.fasterxml.jackson.databind.node.ArrayNode one = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.arrayNode();
        one.addObject().put("payerId", body.path("payerId").asText())
                .put("memberId", body.path("subscriber").path("memberId").asText());
        return one;
    }

    private static String address(JsonNode a) {
        if (a.isMissingNode() || a.isNull()) {
            return "";
        }
        return esc(a.path("line1").asText()) + "^" + esc(a.path("line2").asText("")) + "^" + esc(a.path("city").asText())
                + "^" + esc(a.path("state").asText()) + "^" + esc(a.path("postalCode").asText());
    }

    /** HL7 escape sequences for the delimiters a value may hold. */
    static String esc(String value) {
        StringBuilder b = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\E\\");
                case '|' -> b.append("\\F\\");
                case '^' -> b.append("\\S\\");
                case '~' -> b.append("\\R\\");
                case '&' -> b.append("\\T\\");
                case '\r', '\n' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
