package io.openrcm.claim.messaging;

import static io.openrcm.claim.messaging.EncounterParts.text;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.openrcm.claim.domain.Address;
import io.openrcm.claim.domain.Coverage;
import io.openrcm.claim.domain.Subscriber;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the coverages of an EncounterCoded payload (added within v1; absent from older events, which then mean a
 * primary whose subscriber is the patient). Problems name the field, never its value.
 */
final class CoverageParts {

    static final Set<String> RELATIONSHIPS = Set.of("18", "01", "19", "G8");

    private CoverageParts() {
    }

    /** One coverage. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CoveragePart(String sequence, String payerId, String memberId, SubscriberPart subscriber) {
    }

    /** Its subscriber. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubscriberPart(String relationship, String firstName, String lastName, String birthDate,
            String sex, AddressPart address) {
    }

    /** An address. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AddressPart(String line1, String line2, String city, String state, String postalCode) {
    }

    /** The coverages; empty when the event has none. The first is the payer and member id billed at top level. */
    static List<Coverage> coverages(List<CoveragePart> parts, String payerId, String memberId,
            List<String> problems) {
        if (parts == null || parts.isEmpty()) {
            return List.of();
        }
        if (parts.size() > 3) {
            problems.add("coverages hold more than 3 entries");
            return List.of();
        }
        List<Coverage> coverages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            CoveragePart c = parts.get(i);
            String at = "coverages[" + i + "]";
            if (c == null) {
                problems.add(at + " is empty");
                continue;
            }
            int before = problems.size();
            String payer = text(c.payerId(), at + ".payerId", 50, true, problems);
            String member = text(c.memberId(), at + ".memberId", 80, true, problems);
            Subscriber subscriber = subscriber(c.subscriber(), at + ".subscriber", problems);
            if (problems.size() == before) {
                coverages.add(new Coverage(payer, member, subscriber));
            }
        }
        if (!coverages.isEmpty() && payerId != null && memberId != null) {
            // payerId and subscriber.memberId are what every v1 reader bills; the primary coverage is theirs.
            Coverage first = coverages.get(0);
            coverages.set(0, new Coverage(payerId, memberId, first.subscriber()));
        }
        return coverages;
    }

    private static Subscriber subscriber(SubscriberPart s, String at, List<String> problems) {
        if (s == null || s.relationship() == null || !RELATIONSHIPS.contains(s.relationship())) {
            problems.add(at + ".relationship must be 18, 01, 19 or G8");
            return null;
        }
        Address address = s.address() == null ? null : address(s.address(), at + ".address", problems);
        if (Subscriber.SELF.equals(s.relationship())) {
            return new Subscriber(Subscriber.SELF, null, null, null, null, address);
        }
        String first = text(s.firstName(), at + ".firstName", 35, false, problems);
        String last = text(s.lastName(), at + ".lastName", 60, true, problems);
        LocalDate born = null;
        try {
            born = s.birthDate() == null ? null : LocalDate.parse(s.birthDate());
        } catch (DateTimeParseException e) {
            problems.add(at + ".birthDate is not a date (YYYY-MM-DD)");
        }
        if (born == null && s.birthDate() == null) {
            problems.add(at + ".birthDate is missing");
        }
        if (s.sex() == null || !EncounterParts.SEXES.contains(s.sex())) {
            problems.add(at + ".sex must be F, M or U");
        }
        return new Subscriber(s.relationship(), first, last, born, s.sex(), address);
    }

    static Address address(AddressPart a, String at, List<String> problems) {
        int before = problems.size();
        String line1 = text(a.line1(), at + ".line1", 55, true, problems);
        String line2 = text(a.line2(), at + ".line2", 55, false, problems);
        String city = text(a.city(), at + ".city", 30, true, problems);
        String state = text(a.state(), at + ".state", 2, true, problems);
        String zip = text(a.postalCode(), at + ".postalCode", 9, true, problems);
        return problems.size() > before ? null : new Address(line1, line2, city, state, zip);
    }
}
