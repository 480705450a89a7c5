package io.openrcm.claim.edi;

import static io.openrcm.x12.SegmentWriter.text;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.ProviderFacts;
import io.openrcm.x12.SegmentWriter;
import io.xlate.edi.stream.EDIStreamException;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes the segments between ST and SE of one 837P transaction set: one billing provider and its claims. */
final class TransactionBody {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final SegmentWriter s;
    private final Envelope envelope;
    private final PayerParty payer;

    TransactionBody(SegmentWriter s, Envelope envelope, PayerParty payer) {
        this.s = s;
        this.envelope = envelope;
        this.payer = payer;
    }

    void write(String stControl, List<BilledClaim> claims) throws EDIStreamException {
        s.write("BHT", "0019", "00", envelope.controlNumber() + "-" + stControl,
                envelope.createdAt().format(YYYYMMDD), envelope.createdAt().format(HHMM), "CH");
        s.write("NM1", "41", "2", text(envelope.submitterName(), 60), null, null, null, null, "46",
                envelope.submitterId());
        s.write("PER", "IC", text(envelope.contactName(), 60), "TE", envelope.contactPhone());
        s.write("NM1", "40", "2", text(envelope.receiverName(), 60), null, null, null, null, "46",
                envelope.receiverId());
        ProviderFacts billing = claims.get(0).billingProvider();
        s.write("HL", "1", null, "20", "1");
        s.write("PRV", "BI", "PXC", billing.taxonomyCode());
        s.write("NM1", "85", "2", text(billing.name(), 60), null, null, null, null, "XX", billing.npi());
        s.write("N3", text(billing.addressLine1(), 55), text(billing.addressLine2(), 55));
        s.write("N4", text(billing.city(), 30), billing.state(), billing.postalCode());
        s.write("REF", "EI", billing.taxId());
        int hl = 1;
        SubscriberLoops subscribers = new SubscriberLoops(s, payer);
        for (BilledClaim billed : claims) {
            hl = subscribers.write(hl + 1, billed.claim());
            claim(billed);
        }
    }

    private void claim(BilledClaim billed) throws EDIStreamException {
        Claim claim = billed.claim();
        ClaimDetails d = claim.details();
        s.write("CLM", claim.id().toString(), d.totalCharge().toString(), null, null,
                new String[] {d.placeOfService(), "B", claim.correction().frequencyCode()}, "Y", "A", "Y", "Y");
        if (!claim.correction().isOriginal()) {
            s.write("REF", "F8", text(claim.correction().payerClaimControlNumber(), 50));
        }
        Object[] hi = new Object[d.diagnoses().size()];
        for (int i = 0; i < hi.length; i++) {
            hi[i] = Claim837Writer.diagnosisList(d, i).split(":");
        }
        s.write("HI", hi);
        ProviderFacts rendering = billed.renderingProvider();
        if (rendering != null && !rendering.npi().equals(billed.billingProvider().npi())) {
            s.write("NM1", "82", "1", text(rendering.name(), 60), null, null, null, null, "XX", rendering.npi());
            s.write("PRV", "PE", "PXC", rendering.taxonomyCode());
        }
        OtherPayerLoops others = new OtherPayerLoops(s, billed);
        others.claimLevel();
        for (ClaimLine line : d.lines()) {
            s.write("LX", String.valueOf(d.lines().indexOf(line) + 1));
            String[] procedure = new String[2 + 4];
            procedure[0] = "HC";
            procedure[1] = line.code();
            for (int m = 0; m < line.modifiers().size(); m++) {
                procedure[2 + m] = line.modifiers().get(m);
            }
            String[] pointers = line.diagnosisPointers().stream().map(String::valueOf).toArray(String[]::new);
            s.write("SV1", procedure, line.charge().toString(), "UN", String.valueOf(line.units()), null, null,
                    pointers);
            s.write("DTP", "472", "D8", Claim837Writer.date(line));
            others.lineLevel(line);
        }
    }
}
