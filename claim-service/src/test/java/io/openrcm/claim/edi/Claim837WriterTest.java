package io.openrcm.claim.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.imsweb.x12.Loop;
import com.imsweb.x12.Segment;
import com.imsweb.x12.reader.X12Reader;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.ClaimMother;
import io.openrcm.claim.domain.Correction;
import io.openrcm.kernel.Money;
import io.openrcm.testsupport.SharedData;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The 837P we write, read back by an independent reader (imsweb x12-parser) and compared with public samples. */
class Claim837WriterTest {

    private final Claim837Writer writer = new Claim837Writer();

    @Test
    void anIndependentReaderFindsEveryLoopAndNoError() throws IOException {
        List<BilledClaim> claims = EdiFixtures.twoClaims();
        String x12 = writer.write(EdiFixtures.envelope(42), EdiFixtures.BCBS, claims).content();

        X12Reader reader = new X12Reader(X12Reader.FileType.ANSI837_5010_X222, new StringReader(x12));
        assertThat(reader.getFatalErrors()).isEmpty();
        assertThat(reader.getErrors()).isEmpty();
        Loop isa = reader.getLoops().get(0);
        assertThat(isa.getSegment("ISA").getElementValue("ISA13")).isEqualTo("000000042");
        assertThat(isa.getSegment("ISA").getElementValue("ISA15")).isEqualTo("T");
        List<Loop> claimLoops = isa.findLoop("2300");
        assertThat(claimLoops).extracting(l -> l.getSegment("CLM").getElementValue("CLM01"))
                .containsExactly(claims.get(0).claim().id().toString(), claims.get(1).claim().id().toString());
        Loop first = claimLoops.get(0);
        assertThat(first.getSegment("CLM").getElementValue("CLM02")).isEqualTo("160.00");
        assertThat(first.getSegment("HI").toString()).isEqualTo("HI*ABK:E119*ABF:I10");
        assertThat(first.findLoop("2400")).hasSize(2);
        assertThat(first.findLoop("2400").get(0).getSegment("SV1").toString())
                .isEqualTo("SV1*HC:99213:25*135.00*UN*1***1:2");
        assertThat(first.findLoop("2310B").get(0).getSegment("NM1").getElementValue("NM109")).isEqualTo("1245319599");
        assertThat(isa.findLoop("2010AA").get(0).getSegment("NM1").getElementValue("NM109")).isEqualTo("1234567893");
        assertThat(isa.findLoop("2000B")).hasSize(2).allSatisfy(hl ->
                assertThat(hl.getSegment("HL").getElementValue("HL03")).isEqualTo("22"));
    }

    @Test
    void segmentCountsAndControlNumbersAgree() {
        String x12 = writer.write(EdiFixtures.envelope(7), EdiFixtures.BCBS, EdiFixtures.twoClaims()).content();
        List<String> segments = Stream.of(x12.split("~")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        int st = segments.indexOf(segments.stream().filter(s -> s.startsWith("ST*")).findFirst().orElseThrow());
        int se = segments.indexOf(segments.stream().filter(s -> s.startsWith("SE*")).findFirst().orElseThrow());
        assertThat(segments.get(se)).isEqualTo("SE*" + (se - st + 1) + "*0001");
        assertThat(segments).contains("GS*HC*OPENRCM*CLEARINGHOUSE*20261128*0930*7*X*005010X222A1", "GE*1*7",
                "IEA*1*000000007");
    }

    @Test
    void aReplacementCarriesItsFrequencyAndThePayersClaimControlNumber() throws IOException {
        Claim replacement = ClaimMother.ready(ClaimMother.goldenDetails(),
                Correction.replacing(UUID.randomUUID(), "PCN-2026-000777"));
        String x12 = writer.write(EdiFixtures.envelope(8), EdiFixtures.BCBS,
                List.of(new BilledClaim(replacement, EdiFixtures.LAKESIDE, null))).content();
        Loop claim = new X12Reader(X12Reader.FileType.ANSI837_5010_X222, new StringReader(x12)).getLoops().get(0)
                .findLoop("2300").get(0);
        assertThat(claim.getSegment("CLM").getElementValue("CLM05")).isEqualTo("11:B:7");
        assertThat(claim.getSegment("REF").toString()).isEqualTo("REF*F8*PCN-2026-000777");
    }

    @Test
    void theSchemaStopsAFileThatBreaksIt() {
        ClaimDetails d = ClaimMother.goldenDetails();
        ClaimLine bad = new ClaimLine(1, "99213", "CPT", List.of(), 1, List.of(), Money.parse("135.00"),
                d.dateOfService());
        Claim claim = ClaimMother.ready(d.withLines(List.of(bad)), Correction.ORIGINAL);
        assertThatThrownBy(() -> writer.write(EdiFixtures.envelope(9), EdiFixtures.BCBS,
                List.of(new BilledClaim(claim, EdiFixtures.LAKESIDE, null))))
                .isInstanceOf(X12WriteException.class).hasMessageContaining("SV1");
    }

    @Test
    void aDelimiterInAnIdentifierIsRefusedNotStripped() {
        // Stripped, member id XGH1*~ went out as XGH1: a claim for another member. The intake refuses it; should
        // one still reach the writer, nothing is written.
        ClaimDetails d = ClaimMother.goldenDetails();
        ClaimDetails withDelimiters = new ClaimDetails(d.encounterId(), d.ehrEncounterId(), d.patient(), "XGH1*~",
                d.payerId(), d.billingProviderNpi(), d.renderingProviderNpi(), d.placeOfService(), d.dateOfService(),
                d.diagnoses(), d.lines(), d.correlationId());
        Claim claim = ClaimMother.ready(withDelimiters, Correction.ORIGINAL);
        assertThatThrownBy(() -> writer.write(EdiFixtures.envelope(9), EdiFixtures.BCBS,
                List.of(new BilledClaim(claim, EdiFixtures.LAKESIDE, null))))
                .isInstanceOf(X12WriteException.class).hasMessageContaining("NM109 holds the X12 delimiter '*'");
    }

    @Test
    void ourLoopsAreTheLoopsOfThePublicSamples() throws IOException {
        Path samples = SharedData.require("x12/837");
        Set<String> samplePaths = new LinkedHashSet<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                if (!text.contains("005010X222")) {
                    continue;
                }
                X12Reader reader = new X12Reader(X12Reader.FileType.ANSI837_5010_X222, file.toFile());
                if (!reader.getFatalErrors().isEmpty() || reader.getLoops().isEmpty()) {
                    continue;
                }
                reader.getLoops().forEach(l -> paths(l, "", samplePaths));
                read++;
            }
        }
        assertThat(read).as("837P samples read").isGreaterThanOrEqualTo(10);
        String ours = writer.write(EdiFixtures.envelope(10), EdiFixtures.BCBS, EdiFixtures.twoClaims()).content();
        Set<String> ourPaths = new LinkedHashSet<>();
        new X12Reader(X12Reader.FileType.ANSI837_5010_X222, new StringReader(ours)).getLoops()
                .forEach(l -> paths(l, "", ourPaths));
        assertThat(ourPaths).contains("ISA_LOOP/GS_LOOP/ST_LOOP/DETAIL/2000A/2000B/2300/2400:LX,SV1,DTP")
                .isSubsetOf(samplePaths);
    }

    /** Every loop path with its segment tags in order, such as {@code .../2300/2400:LX,SV1,DTP}. */
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
