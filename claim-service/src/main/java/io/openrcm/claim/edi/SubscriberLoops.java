package io.openrcm.claim.edi;

import static io.openrcm.x12.SegmentWriter.text;

import io.openrcm.claim.domain.Address;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.Coverage;
import io.openrcm.claim.domain.Patient;
import io.openrcm.claim.domain.Responsibility;
import io.openrcm.claim.domain.Subscriber;
import io.openrcm.x12.SegmentWriter;
import io.xlate.edi.stream.EDIStreamException;
import java.time.format.DateTimeFormatter;

/**
 * Writes the subscriber loop (2000B with 2010BA and 2010BB) of the coverage billed and, when the patient is not the
 * subscriber, the patient loop (2000C with PAT and 2010CA).
 */
final class SubscriberLoops {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final SegmentWriter s;
    private final PayerParty payer;

    SubscriberLoops(SegmentWriter s, PayerParty payer) {
        this.s = s;
        this.payer = payer;
    }

    /**
     * Writes HL 22 (and HL 23 under it when needed).
     *
     * @return the last HL number used
     */
    int write(int hl, Claim claim) throws EDIStreamException {
        ClaimDetails d = claim.details();
        Responsibility billed = claim.coordination().responsibility().isPayer()
                ? claim.coordination().responsibility() : Responsibility.PRIMARY;
        Coverage coverage = d.coverage(billed).filter(c -> c.payerId().equals(d.payerId()))
                .orElse(Coverage.self(d.payerId(), d.subscriberMemberId()));
        Patient p = d.patient();
        Subscriber subscriber = coverage.subscriber().resolvedFor(p);
        boolean self = subscriber.isSelf();
        s.write("HL", String.valueOf(hl), "1", "22", self ? "0" : "1");
        s.write("SBR", billed.sequenceCode(), self ? Subscriber.SELF : null, null, null, null, null, null, null,
                payer.claimFilingIndicator());
        s.write("NM1", "IL", "1", text(subscriber.lastName(), 60), text(subscriber.firstName(), 35), null, null,
                null, "MI", text(d.subscriberMemberId(), 80));
        address(subscriber.address());
        s.write("DMG", "D8", subscriber.birthDate().format(YYYYMMDD), subscriber.sex());
        s.write("NM1", "PR", "2", text(payer.name(), 60), null, null, null, null, "PI", payer.ediPayerId());
        if (self) {
            return hl;
        }
        s.write("HL", String.valueOf(hl + 1), String.valueOf(hl), "23", "0");
        s.write("PAT", subscriber.relationship());
        s.write("NM1", "QC", "1", text(p.lastName(), 60), text(p.firstName(), 35));
        address(p.address());
        s.write("DMG", "D8", p.birthDate().format(YYYYMMDD), p.sex());
        return hl + 1;
    }

    void address(Address a) throws EDIStreamException {
        if (a == null) {
            return;
        }
        s.write("N3", text(a.line1(), 55), text(a.line2(), 55));
        s.write("N4", text(a.city(), 30), a.state(), a.postalCode());
    }
}
