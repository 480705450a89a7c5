package io.openrcm.claim.edi;

import static org.assertj.core.api.Assertions.assertThat;

import com.imsweb.x12.Loop;
import com.imsweb.x12.Segment;
import com.imsweb.x12.reader.X12Reader;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.CobMother;
import io.openrcm.testsupport.SharedData;
import io.xlate.edi.stream.EDIStreamException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The secondary claim we write after a primary's remittance, read back by two independent readers (imsweb
 * x12-parser's loop model, StAEDI's segment stream) and compared with the public COB samples in
 * {@code x12/837/stupidedi}.
 */
class Cob837WriterTest {

    static final PayerParty AETNA = new PayerParty("Aetna", "60054", "CI");
    private static final String SAMPLE_B = "x12/837/stupidedi/COB-claim-from-billing-provider-to-payer-b.edi";
    private static final String SAMPLE_A = "x12/837/stupidedi/COB-claim-from-billing-provider-to-payer-a.edi";
    private static final String SAMPLE_MSP = "x12/837/stupidedi/medicare-secondary-payer-COB.edi";

    private final Claim837Writer writer = new Claim837Writer();

    @Test
    void theSecondaryClaimHasThePatientLoopOtherPayerAndLineAdjudication() throws IOException {
        String x12 = secondaryClaim();
        X12Reader reader = new X12Reader(X12Reader.FileType.ANSI837_5010_X222, new StringReader(x12));
        assertThat(reader.getFatalErrors()).isEmpty();
        assertThat(reader.getErrors()).isEmpty();
        Loop isa = reader.getLoops().get(0);

        Loop subscriber = isa.findLoop("2000B").get(0);
        assertThat(subscriber.getSegment("SBR").toString()).isEqualTo("SBR*S********CI");
        assertThat(isa.findLoop("2010BA").get(0).getSegment("NM1").toString())
                .isEqualTo("NM1*IL*1*EXAMPLE*JOHN****MI*W998877665");
        assertThat(isa.findLoop("2010BA").get(0).getSegment("N4").toString()).isEqualTo("N4*CHICAGO*IL*60614");
        Loop patient = isa.findLoop("2000C").get(0);
        assertThat(patient.getSegment("PAT").toString()).isEqualTo("PAT*01");
        assertThat(isa.findLoop("2010CA").get(0).getSegment("NM1").toString()).isEqualTo("NM1*QC*1*EXAMPLE*JANE");
        assertThat(isa.findLoop("2010CA").get(0).getSegment("N3").toString()).isEqualTo("N3*12 EXAMPLE ST");

        Loop other = isa.findLoop("2320").get(0);
        assertThat(other.getSegment("SBR").toString()).isEqualTo("SBR*P*18*******BL");
        assertThat(other.getSegments()).filteredOn(seg -> seg.getId().equals("AMT")).extracting(Segment::toString)
                .containsExactly("AMT*D*100.00", "AMT*EAF*20.00");
        assertThat(isa.findLoop("2330A").get(0).getSegment("NM1").getElementValue("NM109")).isEqualTo("XGH123456789");
        assertThat(isa.findLoop("2330B").get(0).getSegment("NM1").getElementValue("NM109")).isEqualTo("BCBS-IL");

        List<Loop> adjudications = isa.findLoop("2430");
        assertThat(adjudications).hasSize(2);
        assertThat(adjudications.get(0).getSegment("SVD").toString()).isEqualTo("SVD*BCBS-IL*75.00*HC:99213:25**1");
        assertThat(adjudications.get(0).getSegments()).filteredOn(seg -> seg.getId().equals("CAS"))
                .extracting(Segment::toString)
                .containsExactly("CAS*CO*45*40.00", "CAS*PR*2*20.00");
        assertThat(adjudications.get(0).getSegment("DTP").toString()).isEqualTo("DTP*573*D8*20261120");
        assertThat(adjudications.get(1).getSegment("SVD").toString()).isEqualTo("SVD*BCBS-IL*25.00*HC:G0008**1");
    }

    @Test
    void ourCobLoopsAreTheLoopsOfThePublicCobSamples() throws IOException {
        Set<String> samplePaths = new LinkedHashSet<>();
        for (String sample : List.of(SAMPLE_A, SAMPLE_B, SAMPLE_MSP)) {
            Path file = SharedData.require(sample);
            X12Reader reader = new X12Reader(X12Reader.FileType.ANSI837_5010_X222, file.toFile());
            assertThat(reader.getFatalErrors()).as(sample).isEmpty();
            reader.getLoops().forEach(l -> paths(l, "", samplePaths));
        }
        Set<String> ourPaths = new LinkedHashSet<>();
        new X12Reader(X12Reader.FileType.ANSI837_5010_X222, new StringReader(secondaryClaim())).getLoops()
                .forEach(l -> paths(l, "", ourPaths));
        Set<String> cob = new LinkedHashSet<>();
        ourPaths.stream().filter(p -> p.matches(".*/(2000C|2320|2330A|2330B|2430)[^/]*")).forEach(cob::add);
        assertThat(cob).anyMatch(p -> p.endsWith("/2320:SBR,AMT,AMT,OI"))
                .anyMatch(p -> p.endsWith("/2430:SVD,CAS,CAS,DTP")).anyMatch(p -> p.endsWith("/2000C:HL,PAT"));
        // Each COB loop with its segments is one a sample has (the Medicare sample has no patient loop, so its 2320
        // sits under 2000B: loops are compared by their own id and segments, the patient loop by its full path).
        assertThat(cob.stream().map(Cob837WriterTest::lastLoop).toList())
                .isSubsetOf(samplePaths.stream().map(Cob837WriterTest::lastLoop).toList());
        assertThat(ourPaths).contains("ISA_LOOP/GS_LOOP/ST_LOOP/DETAIL/2000A/2000B/2000C/2010CA:NM1,N3,N4,DMG")
                .anyMatch(p -> p.endsWith("/2000B/2010BA:NM1,N3,N4,DMG"));
        assertThat(samplePaths).contains("ISA_LOOP/GS_LOOP/ST_LOOP/DETAIL/2000A/2000B/2000C/2010CA:NM1,N3,N4,DMG")
                .anyMatch(p -> p.endsWith("/2000B/2010BA:NM1,N3,N4,DMG"));
    }

    @Test
    void staediReadsTheSameCobShapeInOurClaimAndTheSample() throws IOException, EDIStreamException {
        List<List<String>> ours = StaediSegments.read(secondaryClaim());
        List<List<String>> sample = StaediSegments.read(Files.readString(SharedData.require(SAMPLE_B)));

        for (List<List<String>> file : List.of(ours, sample)) {
            // The subscriber is secondary and not the patient: HL 22 has a child HL 23 whose PAT names the relation.
            List<List<String>> fromSbr = StaediSegments.from(file, "SBR", "S");
            assertThat(fromSbr).isNotEmpty();
            assertThat(tags(fromSbr.subList(0, 12))).contains("PAT");
            // The primary's loop 2320: SBR*P, its CAS, AMT*D, OI, then the other subscriber and payer.
            List<String> other = tags(StaediSegments.from(file, "SBR", "P")).subList(0, 8);
            assertThat(other).startsWith("SBR").contains("AMT", "OI");
            assertThat(other.indexOf("OI")).isLessThan(other.lastIndexOf("NM1"));
            // Every line carries the primary's adjudication: SVD, then DTP*573.
            List<List<String>> lines = StaediSegments.from(file, "LX", "1");
            assertThat(tags(lines)).contains("SVD");
            assertThat(lines).anyMatch(s -> s.get(0).equals("DTP") && s.get(1).equals("573"));
        }
        // Ours balances: the charge is what the primary paid plus every adjustment it made.
        double charge = Double.parseDouble(StaediSegments.from(ours, "CLM", secondaryId).get(0).get(2));
        double paid = Double.parseDouble(StaediSegments.from(ours, "AMT", "D").get(0).get(2));
        double adjusted = ours.stream().filter(s -> s.get(0).equals("CAS"))
                .mapToDouble(s -> Double.parseDouble(s.get(3))).sum();
        assertThat(paid + adjusted).isEqualTo(charge);
    }

    private String secondaryId;

    /** The golden claim, paid by its primary (BCBS-IL) and billed to the spouse's Aetna coverage. */
    private String secondaryClaim() {
        Claim claim = CobMother.submitted(CobMother.commercialWithSpouseSecondary());
        CobMother.Payment primary = CobMother.primaryPays("1", "BCBS-IL");
        claim.applyPayment(primary.posting(), primary.detail(), Instant.parse("2026-11-21T08:00:00Z"));
        secondaryId = claim.id().toString();
        return writer.write(EdiFixtures.envelope(11), AETNA, List.of(new BilledClaim(claim, EdiFixtures.LAKESIDE,
                EdiFixtures.ADA, Map.of("BCBS-IL", EdiFixtures.BCBS)))).content();
    }

    private static String lastLoop(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static List<String> tags(List<List<String>> segments) {
        return segments.stream().map(s -> s.get(0)).toList();
    }

    private static void paths(Loop loop, String parent, Set<String> into) {
        String path = parent.isEmpty() ? loop.getId() : parent + "/" + loop.getId();
        List<String> tags = new ArrayList<>();
        for (Segment segment : loop.getSegments()) {
            tags.add(segment.getId());
        }
        into.add(path + ":" + String.join(",", tags));
        loop.getLoops().forEach(child -> paths(child, path, into));
    }
}
