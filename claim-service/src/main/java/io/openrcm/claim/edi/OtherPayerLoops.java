package io.openrcm.claim.edi;

import static io.openrcm.x12.SegmentWriter.text;

import io.openrcm.claim.domain.Adjustment;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.Coverage;
import io.openrcm.claim.domain.LineAdjudication;
import io.openrcm.claim.domain.PayerAdjudication;
import io.openrcm.claim.domain.Responsibility;
import io.openrcm.claim.domain.Subscriber;
import io.openrcm.x12.SegmentWriter;
import io.xlate.edi.stream.EDIStreamException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the other payers of a claim: loop 2320 (SBR, the payer's claim-level CAS, AMT*D, OI) with 2330A (other
 * subscriber) and 2330B (other payer) for every other coverage, and loop 2430 (SVD, CAS, DTP*573) under a line for
 * every payer before the one billed that adjudicated it. Payers after the one billed are named without amounts.
 */
final class OtherPayerLoops {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int CAS_TRIPLES = 6;

    private final SegmentWriter s;
    private final BilledClaim billed;

    OtherPayerLoops(SegmentWriter s, BilledClaim billed) {
        this.s = s;
        this.billed = billed;
    }

    void claimLevel() throws EDIStreamException {
        Claim claim = billed.claim();
        ClaimDetails d = claim.details();
        for (int i = 0; i < d.coverages().size(); i++) {
            Coverage other = d.coverages().get(i);
            PayerParty party = billed.otherPayers().get(other.payerId());
            if (other.payerId().equals(d.payerId()) || party == null) {
                continue;
            }
            Responsibility position = Responsibility.payerAt(i);
            Subscriber subscriber = other.subscriber().resolvedFor(d.patient());
            s.write("SBR", position.sequenceCode(), subscriber.relationship(), null, null, null, null, null, null,
                    party.claimFilingIndicator());
            Optional<PayerAdjudication> decided = adjudication(position);
            if (decided.isPresent()) {
                cas(decided.get().claimAdjustments());
                s.write("AMT", "D", decided.get().paid().toString());
                if (decided.get().patientResponsibility().isPositive()) {
                    // Remaining patient liability after this payer: what the next payer is asked to consider.
                    s.write("AMT", "EAF", decided.get().patientResponsibility().toString());
                }
            }
            s.write("OI", null, null, "Y", "P", null, "Y");
            s.write("NM1", "IL", "1", text(subscriber.lastName(), 60), text(subscriber.firstName(), 35), null, null,
                    null, "MI", text(other.memberId(), 80));
            new SubscriberLoops(s, party).address(subscriber.address());
            s.write("NM1", "PR", "2", text(party.name(), 60), null, null, null, null, "PI", party.ediPayerId());
        }
    }

    void lineLevel(ClaimLine line) throws EDIStreamException {
        for (PayerAdjudication decided : billed.claim().coordination().before(current())) {
            PayerParty party = billed.otherPayers().get(decided.payerId());
            if (party == null) {
                continue;
            }
            for (LineAdjudication l : decided.lines()) {
                if (l.lineNumber() == null || l.lineNumber() != line.lineNumber()) {
                    continue;
                }
                String[] procedure = new String[6];
                procedure[0] = "HC";
                procedure[1] = l.code();
                for (int m = 0; m < Math.min(4, l.modifiers().size()); m++) {
                    procedure[2 + m] = l.modifiers().get(m);
                }
                s.write("SVD", party.ediPayerId(), l.paid().toString(), procedure, null, l.units());
                cas(l.adjustments());
                s.write("DTP", "573", "D8", decided.adjudicationDate().format(YYYYMMDD));
            }
        }
    }

    private Responsibility current() {
        Responsibility r = billed.claim().coordination().responsibility();
        return r.isPayer() ? r : Responsibility.TERTIARY;
    }

    private Optional<PayerAdjudication> adjudication(Responsibility position) {
        if (position.position() >= current().position()) {
            return Optional.empty();
        }
        return billed.claim().coordination().before(current()).stream()
                .filter(a -> a.responsibility() == position).findFirst();
    }

    /** One CAS per group code, at most six reason/amount pairs each, in the payer's order. */
    private void cas(List<Adjustment> adjustments) throws EDIStreamException {
        Map<String, List<Adjustment>> byGroup = new LinkedHashMap<>();
        adjustments.forEach(a -> byGroup.computeIfAbsent(a.group(), g -> new ArrayList<>()).add(a));
        for (Map.Entry<String, List<Adjustment>> group : byGroup.entrySet()) {
            List<Adjustment> all = group.getValue();
            for (int from = 0; from < all.size(); from += CAS_TRIPLES) {
                List<Adjustment> chunk = all.subList(from, Math.min(all.size(), from + CAS_TRIPLES));
                Object[] elements = new Object[1 + chunk.size() * 3];
                elements[0] = group.getKey();
                for (int i = 0; i < chunk.size(); i++) {
                    elements[1 + i * 3] = chunk.get(i).reason();
                    elements[2 + i * 3] = chunk.get(i).amount().toString();
                }
                s.write("CAS", elements);
            }
        }
    }
}
