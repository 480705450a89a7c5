package io.openrcm.claim.edi;

import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.Diagnosis;
import io.openrcm.claim.domain.ProviderFacts;
import io.openrcm.x12.Envelopes;
import io.openrcm.x12.InterchangeHeader;
import io.openrcm.x12.SegmentWriter;
import io.openrcm.x12.X12Handler;
import io.openrcm.x12.X12Segment;
import io.openrcm.x12.X12SegmentReader;
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
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private static final X12SegmentReader READER = new X12SegmentReader();

    private final Schema controlSchema;
    private final Schema transactionSchema;

    /** The 837P schema the output is checked against (for the equivalence test). */
    Schema transactionSchema() {
        return transactionSchema;
    }

    public Claim837Writer() {
        try (InputStream schema = Claim837Writer.class.getResourceAsStream("/x12/837P-005010X222A1.xml")) {
            SchemaFactory schemas = SchemaFactory.newFactory();
            controlSchema = schemas.getControlSchema(EDIStreamConstants.Standards.X12, new String[] {"00501"});
            transactionSchema = schemas.createSchema(schema);
        } catch (EDISchemaException | java.io.IOException e) {
            throw new IllegalStateException("the 837P schema cannot be loaded", e);
        }
    }


    /**
     * The file. Written once without StAEDI's validator and checked by the shared reader's fast path (the 837P
     * schema's rules compiled once); only when that check finds something is it written again with StAEDI's
     * validator, whose messages the exception carries. {@code Claim837WriterEquivalenceTest} holds both to the
     * same output and the same errors.
     *
     * @param envelope the envelope and parties
     * @param payer the payer billed
     * @param claims the claims, all for this payer
     * @return the file and, per claim, the ST02 of the transaction set that carries it
     * @throws X12WriteException when the output breaks the schema (a claim the scrubber should have stopped) or a
     *     value holds an X12 delimiter (the intake refuses those; it is never stripped here)
     */
    public Written write(Envelope envelope, PayerParty payer, List<BilledClaim> claims) {
        List<String> errors = new ArrayList<>();
        Written unchecked = write(envelope, payer, claims, false, errors);
        if (errors.isEmpty() && READER.readValidated(unchecked.content().getBytes(StandardCharsets.UTF_8),
                new X12Handler() {
                    @Override
                    public void segment(X12Segment segment) {
                        // the check is all: the segments are ours
                    }

                    @Override
                    public Schema transactionSchema(X12Segment st) {
                        return transactionSchema;
                    }
                })) {
            return unchecked;
        }
        return writeValidated(envelope, payer, claims);
    }

    /** Writes with StAEDI's validator on every segment: the reference the fast check is held to. */
    Written writeValidated(Envelope envelope, PayerParty payer, List<BilledClaim> claims) {
        List<String> errors = new ArrayList<>();
        Written written = write(envelope, payer, claims, true, errors);
        if (!errors.isEmpty()) {
            throw new X12WriteException(errors);
        }
        return written;
    }

    /** With {@code validate}, through StAEDI's writer and validator; else as text straight into a buffer. */
    private Written write(Envelope envelope, PayerParty payer, List<BilledClaim> claims, boolean validate,
            List<String> errors) {
        Map<String, List<BilledClaim>> byProvider = new LinkedHashMap<>();
        claims.forEach(c -> byProvider.computeIfAbsent(c.billingProvider().npi(), k -> new ArrayList<>()).add(c));
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + claims.size() * 900);
        StringBuilder text = new StringBuilder(validate ? 0 : 4096 + claims.size() * 900);
        Map<UUID, String> transactionOf = new LinkedHashMap<>();
        try {
            EDIStreamWriter w = validate ? validatingWriter(out, errors) : null;
            SegmentWriter s = validate ? new SegmentWriter(w) : new SegmentWriter(text);
            InterchangeHeader header = envelope.interchange();
            Envelopes.isa(s, header);
            Envelopes.gs(s, "HC", header, VERSION);
            int st = 0;
            for (List<BilledClaim> providerClaims : byProvider.values()) {
                String stControl = Envelopes.transactionControl(++st);
                Envelopes.st(s, "837", stControl, VERSION);
                if (validate) {
                    w.setTransactionSchema(transactionSchema);
                }
                new TransactionBody(s, envelope, payer).write(stControl, providerClaims);
                if (validate) {
                    w.setTransactionSchema(null);
                }
                Envelopes.se(s, stControl);
                providerClaims.forEach(c -> transactionOf.put(c.claim().id(), stControl));
            }
            Envelopes.ge(s, st, header);
            Envelopes.iea(s, header);
            if (validate) {
                w.endInterchange();
                w.close();
            }
        } catch (EDIStreamException | IllegalArgumentException e) {
            // IllegalArgumentException: a value holding an X12 delimiter (refused, never stripped)
            errors.add(e.getMessage());
        }
        return new Written(validate ? out.toString(StandardCharsets.UTF_8) : text.toString(), transactionOf);
    }

    private EDIStreamWriter validatingWriter(ByteArrayOutputStream out, List<String> errors)
            throws EDIStreamException {
        EDIOutputFactory factory = SegmentWriter.factory();
        factory.setErrorReporter((error, w, location, data, ref) -> errors.add(error + " at segment "
                + location.getSegmentPosition() + " " + location.getSegmentTag() + ", element "
                + location.getElementPosition() + (ref == null ? "" : " (" + ref.getReferencedType().getId() + ")")));
        EDIStreamWriter w = factory.createEDIStreamWriter(out, StandardCharsets.UTF_8.name());
        w.setControlSchema(controlSchema);
        w.startInterchange();
        return w;
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
