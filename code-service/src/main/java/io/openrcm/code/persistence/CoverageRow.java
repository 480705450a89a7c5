package io.openrcm.code.persistence;

import io.openrcm.code.domain.Address;
import io.openrcm.code.domain.Coverage;
import io.openrcm.code.domain.Sex;
import io.openrcm.code.domain.Subscriber;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One row of {@code encounter_coverage}: a coverage and its subscriber. */
@Embeddable
public class CoverageRow {

    @Column(name = "payer_id", nullable = false, length = 80)
    public String payerId;
    @Column(name = "member_id", nullable = false, length = 80)
    public String memberId;
    @Column(name = "relationship", nullable = false, length = 2)
    public String relationship;
    @Column(name = "subscriber_first_name", length = 35)
    public String firstName;
    @Column(name = "subscriber_last_name", length = 60)
    public String lastName;
    @Column(name = "subscriber_birth_date")
    public LocalDate birthDate;
    @Column(name = "subscriber_sex", length = 1)
    public String sex;
    @Column(name = "address_line1", length = 55)
    public String line1;
    @Column(name = "address_line2", length = 55)
    public String line2;
    @Column(name = "address_city", length = 30)
    public String city;
    @Column(name = "address_state", length = 2)
    public String state;
    @Column(name = "address_postal_code", length = 9)
    public String postalCode;

    static CoverageRow of(Coverage c) {
        CoverageRow row = new CoverageRow();
        Subscriber s = c.subscriber();
        row.payerId = c.payerId();
        row.memberId = c.memberId();
        row.relationship = s.relationship();
        row.firstName = s.firstName();
        row.lastName = s.lastName();
        row.birthDate = s.birthDate();
        row.sex = s.sex() == null ? null : s.sex().name();
        Address a = s.address();
        if (a != null) {
            row.line1 = a.line1();
            row.line2 = a.line2();
            row.city = a.city();
            row.state = a.state();
            row.postalCode = a.postalCode();
        }
        return row;
    }

    Coverage toDomain() {
        Address address = line1 == null ? null : new Address(line1, line2, city, state, postalCode);
        return new Coverage(payerId, memberId, new Subscriber(relationship, firstName, lastName, birthDate,
                sex == null ? null : Sex.valueOf(sex), address));
    }
}
