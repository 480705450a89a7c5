package io.openrcm.payersim;

import io.openrcm.x12.X12Handler;
import io.openrcm.x12.X12ReadError;
import io.openrcm.x12.X12Segment;
import io.xlate.edi.schema.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Claim837Reader} keeps while StAEDI streams an 837P: the envelope, the open transaction set and claim,
 * the current parties (billing provider, subscriber, payer, patient), and the errors of each set.
 */
final class Claim837Handler implements X12Handler {

    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    private final Schema schema;
    String sender;
    String receiver;
    String isa13;
    String usage;
    String gs06;
    String version;
    String submitter;
    final List<Interchange837.Transaction> transactions = new ArrayList<>();

    private String stControl;
    private String stType;
    private String batchId;
    private List<SubmittedClaim> claims;
    private List<X12ReadError> errors = new ArrayList<>();
    private final List<X12ReadError> pending = new ArrayList<>();

    private String billingNpi;
    private String billingName;
    private String billingTaxId;
    private String payerId;
    private String memberId;
    private String subscriberLast;
    private String subscriberFirst;
    private String patientLast;
    private String patientFirst;
    private X12Segment clm;
    private List<SubmittedClaim.Line> lines;
    private int lineNumber;
    private X12Segment sv1;
    private LocalDate lineDate;

    Claim837Handler(Schema schema) {
        this.schema = schema;
    }

    @Override
    public Schema transactionSchema(X12Segment st) {
        return "837".equals(st.element(1)) ? schema : null;
    }

    @Override
    public void segment(X12Segment s) {
        switch (s.tag()) {
            case "ISA" -> {
                sender = trim(s.element(6));
                receiver = trim(s.element(8));
                isa13 = s.element(13);
                usage = s.element(15);
            }
            case "GS" -> {
                gs06 = s.element(6);
                version = s.element(8);
            }
            case "ST" -> startTransaction(s);
            case "BHT" -> batchId = s.element(3);
            case "HL" -> {
                endClaim();
                if ("22".equals(s.element(3))) {
                    payerId = null;
                    memberId = null;
                    subscriberLast = null;
                    subscriberFirst = null;
                    patientLast = null;
                    patientFirst = null;
                }
            }
            case "NM1" -> party(s);
            case "REF" -> {
                if ("EI".equals(s.element(1)) && clm == null) {
                    billingTaxId = s.element(2);
                }
            }
            case "CLM" -> {
                endClaim();
                clm = s;
                lines = new ArrayList<>();
            }
            case "LX" -> {
                endLine();
                lineNumber = number(s.element(1));
            }
            case "SV1" -> sv1 = s;
            case "DTP" -> {
                if ("472".equals(s.element(1)) && sv1 != null) {
                    lineDate = date(s.element(3));
                }
            }
            case "SE" -> endClaim();
            default -> {
            }
        }
    }

    private void party(X12Segment s) {
        String role = s.element(1);
        if (role == null) {
            return;
        }
        switch (role) {
            case "41" -> submitter = submitter == null ? s.element(3) : submitter;
            case "85" -> {
                billingName = s.element(3);
                billingNpi = s.element(9);
            }
            case "IL" -> {
                subscriberLast = s.element(3);
                subscriberFirst = s.element(4);
                memberId = s.element(9);
            }
            case "PR" -> payerId = payerId == null ? s.element(9) : payerId;
            case "QC" -> {
                patientLast = s.element(3);
                patientFirst = s.element(4);
            }
            default -> {
            }
        }
    }

    @Override
    public void error(X12ReadError error) {
        (stControl != null ? errors : pending).add(error);
    }

    @Override
    public void endTransaction() {
        if (stControl == null) {
            return;
        }
        endClaim();
        transactions.add(new Interchange837.Transaction(stControl, stType, batchId, List.copyOf(claims),
                List.copyOf(errors)));
        stControl = null;
    }

    private void startTransaction(X12Segment st) {
        endTransaction();
        stControl = st.element(2) == null ? "0" : st.element(2);
        stType = st.element(1);
        batchId = null;
        claims = new ArrayList<>();
        errors = new ArrayList<>(pending);
        pending.clear();
        billingNpi = null;
        billingName = null;
        billingTaxId = null;
    }

    private void endLine() {
        if (sv1 != null && lines != null) {
            lines.add(new SubmittedClaim.Line(lineNumber, sv1.component(1, 2), sv1.components(1, 3, 6),
                    amount(sv1.element(2)), sv1.has(4) ? amount(sv1.element(4)) : BigDecimal.ONE, lineDate));
        }
        sv1 = null;
        lineDate = null;
    }

    private void endClaim() {
        endLine();
        if (clm != null && claims != null) {
            boolean patient = patientLast != null;
            claims.add(new SubmittedClaim(clm.element(1), amount(clm.element(2)), payerId, memberId,
                    patient ? patientLast : subscriberLast, patient ? patientFirst : subscriberFirst,
                    billingNpi, billingName, billingTaxId, List.copyOf(lines)));
        }
        clm = null;
        lines = null;
    }

    private static BigDecimal amount(String value) {
        try {
            return value == null ? BigDecimal.ZERO : new BigDecimal(value);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO; // the schema reported it: the 999 rejects the set
        }
    }

    private static int number(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 8) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 8), D8);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
