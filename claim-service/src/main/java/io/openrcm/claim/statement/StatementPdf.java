package io.openrcm.claim.statement;

import io.openrcm.kernel.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a {@link Statement} as a PDF with Apache PDFBox: letter pages, the standard Helvetica fonts (nothing to
 * embed), a new page when one is full. The document's metadata names no patient.
 */
public final class StatementPdf {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 14;
    private static final float[] COLUMNS = {MARGIN, MARGIN + 85, MARGIN + 160};
    private static final float RIGHT = PDRectangle.LETTER.getWidth() - MARGIN;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDDocument document;
    private PDPageContentStream out;
    private float y;

    /** The statement as PDF bytes. */
    public static byte[] render(Statement statement) {
        return new StatementPdf().write(statement);
    }

    private byte[] write(Statement s) {
        try (PDDocument doc = new PDDocument()) {
            document = doc;
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Patient statement " + s.statementDate());
            info.setProducer("OpenRCM claim-service");
            doc.setDocumentInformation(info);
            newPage();
            header(s);
            for (Statement.Visit visit : s.visits()) {
                visit(visit);
            }
            if (s.visits().isEmpty()) {
                text(regular, MARGIN, "Nothing is owed on this account.");
            }
            gap();
            text(bold, MARGIN, "Amount due: " + dollars(s.amountDue()));
            gap();
            text(bold, MARGIN, "How to pay");
            for (String line : wrap(s.howToPay(), RIGHT - MARGIN)) {
                text(regular, MARGIN, line);
            }
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("statement PDF could not be written", e);
        }
    }

    private void header(Statement s) throws IOException {
        float top = y;
        text(bold, MARGIN, s.practice().name());
        for (String line : s.practice().addressLines()) {
            text(regular, MARGIN, line);
        }
        float left = y;
        y = top;
        float x = RIGHT - 190;
        text(bold, x, "PATIENT STATEMENT");
        text(regular, x, "Statement date: " + s.statementDate());
        text(regular, x, "Account number: " + s.accountNumber());
        text(bold, x, "Amount due: " + dollars(s.amountDue()));
        y = Math.min(y, left);
        gap();
        text(regular, MARGIN, "Statement for:");
        text(bold, MARGIN, s.patient().name());
        for (String line : s.patient().addressLines()) {
            text(regular, MARGIN, line);
        }
        gap();
        row(bold, "Date of service", "Claim", "Service", "Charge");
    }

    private void visit(Statement.Visit v) throws IOException {
        boolean first = true;
        for (Statement.Service service : v.services()) {
            row(regular, first ? v.dateOfService().toString() : "", first ? v.claimNumber() : "",
                    service.description(), service.charge().toString());
            first = false;
        }
        row(regular, "", "", "Charges", v.charges().toString());
        row(regular, "", "", "Insurance paid", v.insurancePaid().toString());
        row(regular, "", "", "Insurance adjustments", v.insuranceAdjusted().toString());
        row(regular, "", "", "You paid", v.patientPaid().toString());
        if (v.writtenOff().isPositive()) {
            row(regular, "", "", "Written off", v.writtenOff().toString());
        }
        row(bold, "", "", "You owe for this visit", v.owed().toString());
        y -= LEADING / 2;
    }

    private void row(PDType1Font font, String date, String claim, String what, String amount) throws IOException {
        room();
        show(font, COLUMNS[0], date);
        show(font, COLUMNS[1], claim);
        show(font, COLUMNS[2], what);
        String a = safe(amount);
        show(font, RIGHT - font.getStringWidth(a) / 1000 * SIZE, a);
        y -= LEADING;
    }

    private void text(PDType1Font font, float x, String value) throws IOException {
        room();
        show(font, x, value);
        y -= LEADING;
    }

    private void show(PDType1Font font, float x, String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, SIZE);
        out.newLineAtOffset(x, y);
        out.showText(safe(value));
        out.endText();
    }

    private void room() throws IOException {
        if (y < MARGIN) {
            out.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = PDRectangle.LETTER.getHeight() - MARGIN;
    }

    private void gap() {
        y -= LEADING;
    }

    private List<String> wrap(String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(text).split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (regular.getStringWidth(tried) / 1000 * SIZE > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Keeps what the standard fonts' WinAnsi encoding can show; anything else becomes '?', never an error. */
    static String safe(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            b.append((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xFF) ? c : '?');
        }
        return b.toString();
    }

    private static String dollars(Money amount) {
        return "$" + amount;
    }
}
