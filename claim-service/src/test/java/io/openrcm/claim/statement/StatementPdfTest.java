package io.openrcm.claim.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.kernel.Money;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class StatementPdfTest {

    private static final Statement.Party PRACTICE = new Statement.Party("Lakeside Family Medicine",
            List.of("100 Lake Shore Dr", "Chicago, IL 60611"));
    private static final Statement.Party PATIENT = new Statement.Party("Jane Example",
            List.of("12 Example St", "Chicago, IL 60614"));

    static Statement.Visit visit(LocalDate dos, String owed) {
        return new Statement.Visit(dos, "1a2b3c4d", List.of(new Statement.Service("Service 99213-25",
                Money.parse("135.00")), new Statement.Service("Service G0008", Money.parse("25.00"))),
                Money.parse("160.00"), Money.parse("100.00"), Money.parse("40.00"), Money.parse("12.34"),
                Money.ZERO, Money.parse(owed));
    }

    @Test
    void aPatientCanReadWhatWasDoneWhatInsuranceDidAndWhatIsOwed() throws IOException {
        Statement statement = new Statement(LocalDate.of(2026, 12, 1), PRACTICE, PATIENT, "MRN-884201",
                List.of(visit(LocalDate.of(2026, 11, 2), "7.66")), "Mail a check to Lakeside Family Medicine.");

        String text = text(StatementPdf.render(statement));

        assertThat(text).contains("Lakeside Family Medicine", "100 Lake Shore Dr", "Chicago, IL 60611",
                "PATIENT STATEMENT", "Statement date: 2026-12-01", "Account number: MRN-884201", "Jane Example",
                "12 Example St", "2026-11-02", "Service 99213-25", "135.00", "Service G0008", "25.00",
                "Charges 160.00", "Insurance paid 100.00", "Insurance adjustments 40.00", "You paid 12.34",
                "You owe for this visit 7.66", "Amount due: $7.66", "How to pay",
                "Mail a check to Lakeside Family Medicine.");
        assertThat(text).doesNotContain("Written off");
    }

    @Test
    void manyVisitsGoOnMorePagesAndTheAmountDueIsTheirSum() throws IOException {
        List<Statement.Visit> visits = new ArrayList<>();
        for (int day = 1; day <= 30; day++) {
            visits.add(visit(LocalDate.of(2026, 10, day), "1.01"));
        }
        Statement statement = new Statement(LocalDate.of(2026, 12, 1), PRACTICE, PATIENT, "MRN-884201", visits,
                "Call us.");

        byte[] pdf = StatementPdf.render(statement);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(doc.getDocumentInformation().getTitle()).doesNotContain("Jane");
        }
        String text = text(pdf);
        assertThat(text).contains("Amount due: $30.30", "2026-10-01", "2026-10-30");
    }

    @Test
    void lettersTheStandardFontsCannotShowBecomeQuestionMarks() throws IOException {
        Statement statement = new Statement(LocalDate.of(2026, 12, 1), PRACTICE,
                new Statement.Party("Zoë Łukasiewicz", List.of()), "MRN-1", List.of(), "Call us.");

        String text = text(StatementPdf.render(statement));

        assertThat(text).contains("Zoë ?ukasiewicz", "Nothing is owed on this account.", "Amount due: $0.00");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
