package io.openrcm.code.api;

import io.openrcm.code.api.EncounterRequest.AddressRequest;
import io.openrcm.code.api.EncounterRequest.CoverageRequest;
import io.openrcm.code.api.EncounterRequest.CoverageSubscriberRequest;
import io.openrcm.code.domain.Address;
import io.openrcm.code.domain.Coverage;
import io.openrcm.code.domain.Sex;
import io.openrcm.code.domain.Subscriber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the coverages of an encounter request, each violation with its JSON pointer; messages name fields and
 * codes, never the subscriber's data.
 */
final class CoverageValidator {

    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern ZIP = Pattern.compile("[0-9]{5}([0-9]{4})?");

    private CoverageValidator() {
    }

    /** The coverages in order; null when there are violations (each added). */
    static List<Coverage> validate(List<CoverageRequest> requests, LocalDate today, ViolationCollector v) {
        if (requests.isEmpty() || requests.size() > Coverage.MAX) {
            v.add("/coverages", "must hold 1 to " + Coverage.MAX + " coverages (primary, secondary, tertiary)");
            return null;
        }
        int before = v.all().size();
        List<Coverage> coverages = new ArrayList<>();
        Map<String, Integer> payers = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            String at = "/coverages/" + i;
            CoverageRequest c = requests.get(i);
            if (c == null) {
                v.add(at, "is required");
                continue;
            }
            String payerId = v.requiredText(at + "/payerId", c.payerId(), 80);
            String memberId = v.requiredText(at + "/memberId", c.memberId(), 80);
            Subscriber subscriber = subscriber(at + "/subscriber", c.subscriber(), today, v);
            if (payerId != null) {
                Integer earlier = payers.putIfAbsent(payerId, i);
                if (earlier != null) {
                    v.add(at + "/payerId", "duplicates /coverages/" + earlier + "/payerId: a payer covers once");
                }
            }
            if (payerId != null && memberId != null && subscriber != null) {
                coverages.add(new Coverage(payerId, memberId, subscriber));
            }
        }
        return v.all().size() > before ? null : coverages;
    }

    private static Subscriber subscriber(String at, CoverageSubscriberRequest s, LocalDate today,
            ViolationCollector v) {
        if (s == null) {
            return Subscriber.self();
        }
        int before = v.all().size();
        String relationship = s.relationship();
        if (relationship == null) {
            v.add(at + "/relationship", "is required");
        } else if (!Subscriber.RELATIONSHIPS.contains(relationship)) {
            v.add(at + "/relationship", "must be 18 (self), 01 (spouse), 19 (child) or G8 (other)");
        }
        Address address = s.address() == null ? null : address(at + "/address", s.address(), v);
        if (relationship == null || !Subscriber.RELATIONSHIPS.contains(relationship)) {
            // Which fields are required depends on the relationship: report it alone until it is known.
            return null;
        }
        if (Subscriber.SELF.equals(relationship)) {
            return v.all().size() > before ? null : new Subscriber(relationship, null, null, null, null, address);
        }
        String firstName = v.requiredText(at + "/firstName", s.firstName(), 35);
        String lastName = v.requiredText(at + "/lastName", s.lastName(), 60);
        LocalDate birthDate = EncounterRequestValidator.date(at + "/birthDate", s.birthDate(), today, v);
        Sex sex = null;
        if (s.sex() == null || !List.of("F", "M", "U").contains(s.sex())) {
            v.add(at + "/sex", "must be F, M or U");
        } else {
            sex = Sex.valueOf(s.sex());
        }
        if (s.address() == null) {
            v.add(at + "/address", "is required when the subscriber is not the patient");
        }
        if (v.all().size() > before) {
            return null;
        }
        return new Subscriber(relationship, firstName, lastName, birthDate, sex, address);
    }

    static Address address(String at, AddressRequest a, ViolationCollector v) {
        int before = v.all().size();
        String line1 = v.requiredText(at + "/line1", a.line1(), 55);
        String line2 = a.line2() == null || a.line2().isBlank() ? null : v.requiredText(at + "/line2", a.line2(), 55);
        String city = v.requiredText(at + "/city", a.city(), 30);
        if (a.state() == null || !STATE.matcher(a.state()).matches()) {
            v.add(at + "/state", "must be a two-letter state code");
        }
        if (a.postalCode() == null || !ZIP.matcher(a.postalCode()).matches()) {
            v.add(at + "/postalCode", "must be a ZIP code of 5 or 9 digits");
        }
        return v.all().size() > before ? null : new Address(line1, line2, city, a.state(), a.postalCode());
    }
}
