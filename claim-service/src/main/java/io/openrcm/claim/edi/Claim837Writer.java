package io.openrcm.claim.edi;

import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.Diagnosis;
import io.openrcm.claim.domain.ProviderFacts;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes one X12 837P 005010X222A1 interchange for one payer with StAEDI, validated while it is written against
 * StAEDI's X12 00501 control schema and the project's 837P schema ({@code x12/837P-005010X222A1.xml}). One
 * transaction set (ST) per billing provider; a claim's HL 22 (subscriber = patient) sits under its provider's HL 20.
 */
public final class Claim837Writer {

    static final String VERSION = "005010X222A1";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final Schema controlSchema;
    private final Schema transactionSchema;

    public Claim837Writer() {
        try (InputStream schema = Claim837Writer.class.getResourceAsStream("/x12/837P-005010X222A1.xml")) {
            SchemaFactory schemas = SchemaFactory.newFactory();
            controlSchema = schemas.getControlSchema(EDIStreamConstants.Standards.X12, new String[] {"00501"});
            transactionSchema = schemas.createSchema(schema);
        } catch (EDISchemaException | java.io.IOException e) {
            throw new IllegalStateException("the 837P schema cannot be loaded", e);
        }
    }

    private static EDIOutputFactory factory() {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, '~');
        factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, '*');
        factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, ':');
        factory.setProperty(EDIStreamConstants.Delimiters.REPETITION, '^');
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        return factory;
    }

    /**
     * The file.
     *
     * @param envelope the envelope and parties
     * @param payer the payer billed
     * @param claims the claims, all for this payer
     * @return the file and, per claim, the ST02 of the transaction set that carries it
     * @throws X12WriteException when the output breaks the schema (a claim the scrubber should have stopped)
     */
    public Written write(Envelope envelope, PayerParty payer, List<BilledClaim> claims) {
        Map<String, List<BilledClaim>> byProvider = new LinkedHashMap<>();
        claims.forEach(c -> byProvider.computeIfAbsent(c.billingProvider().npi(), k -> new ArrayList<>()).add(c));
        List<String> errors = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + claims.size() * 900);
        Map<UUID, String> transactionOf = new LinkedHashMap<>();
        EDIOutputFactory factory = factory();
        factory.setErrorReporter((error, w, location, data, ref) -> errors.add(error + " at segment "
                + location.getSegmentPosition() + " " + location.getSegmentTag() + ", element "
                + location.getElementPosition() + (ref == null ? "" : " (" + ref.getReferencedType().getId() + ")")));
        try {
            EDIStreamWriter w = factory.createEDIStreamWriter(out, StandardCharsets.UTF_8.name());
            w.setControlSchema(controlSchema);
            Segments s = new Segments(w);
            String control = String.format("%09d", envelope.controlNumber());
            w.startInterchange();
            s.write("ISA", "00", pad("", 10), "00", pad("", 10), envelope.senderQualifier(),
                    pad(envelope.senderId(), 15), envelope.receiverQualifier(), pad(envelope.receiverId(), 15),
                    envelope.createdAt().format(YYMMDD), envelope.createdAt().format(HHMM), "^", "00501", control,
                    "0", envelope.usageIndicator(), ":");
            s.write("GS", "HC", envelope.senderId(), envelope.receiverId(), envelope.createdAt().format(YYYYMMDD),
                    envelope.createdAt().format(HHMM), String.valueOf(envelope.controlNumber()), "X", VERSION);
            int st = 0;
            for (List<BilledClaim> providerClaims : byProvider.values()) {
                String stControl = String.format("%04d", ++st);
                s.resetCount();
                s.write("ST", "837", stControl, VERSION);
                w.setTransactionSchema(transactionSchema);
                new TransactionBody(s, envelope, payer).write(stControl, providerClaims);
                w.setTransactionSchema(null);
                s.write("SE", String.valueOf(s.count() + 1), stControl);
                providerClaims.forEach(c -> transactionOf.put(c.claim().id(), stControl));
            }
            s.write("GE", String.valueOf(st), String.valueOf(envelope.controlNumber()));
            s.write("IEA", "1", control);
            w.endInterchange();
            w.close();
        } catch (EDIStreamException e) {
            errors.add(e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new X12WriteException(errors);
        }
        return new Written(out.toString(StandardCharsets.UTF_8), transactionOf);
    }

    static String pad(String value, int length) {
        String v = value == null ? "" : value;
        return v.length() >= length ? v.substring(0, length) : v + " ".repeat(length - v.length());
    }

    static String diagnosisList(ClaimDetails d, int i) {
        Diagnosis dx = d.diagnoses().get(i);
        return (i == 0 ? "ABK" : "ABF") + ":" + dx.code();
    }

    static String npiOf(ProviderFacts p) {
        return p == null ? null : p.npi();
    }

    static String date(ClaimLine line) {
        return line.dateOfService().format(YYYYMMDD);
    }

    /**
     * A written interchange.
     *
     * @param content the X12 text
     * @param transactionOf per claim id, the ST02 of its transaction set
     */
    public record Written(String content, Map<UUID, String> transactionOf) {
    }
}
