package io.openrcm.code.hl7;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.model.v251.segment.ERR;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

/** Writes original-mode acknowledgments (ACK^P03, v2.5.1): MSA with the sender's control id, one ERR per problem. */
final class Hl7Acks {

    static final String APPLICATION = "OPENRCM";
    static final String FACILITY = "OPENRCM-CODE";
    /**
     * Writes our ACKs. initQuickstart takes MSH-10 from the parser's id generator, and HAPI's default one keeps a
     * counter file (id_file) in the working directory: a file per working directory, and an error on a read-only one.
     */
    private static final PipeParser PARSER = parser();

    private Hl7Acks() {
    }

    /** The ACK in ER7, segments ended by carriage returns. */
    static String ack(MshHeader to, String code, List<Hl7Error> errors) {
        try {
            ACK ack = new ACK();
            ack.setParser(PARSER);
            ack.initQuickstart("ACK", "P03", "P");
            MSH msh = ack.getMSH();
            Terser.set(msh, 3, 0, 1, 1, APPLICATION);
            Terser.set(msh, 4, 0, 1, 1, FACILITY);
            if (to != null) {
                Terser.set(msh, 5, 0, 1, 1, to.application());
                Terser.set(msh, 6, 0, 1, 1, to.facility());
            }
            Terser.set(ack.getMSA(), 1, 0, 1, 1, code);
            Terser.set(ack.getMSA(), 2, 0, 1, 1, to == null ? "" : to.controlId());
            for (int i = 0; i < errors.size(); i++) {
                err(ack.getERR(i), errors.get(i));
            }
            return PARSER.encode(ack);
        } catch (HL7Exception | IOException e) {
            throw new IllegalStateException("could not write an ACK", e);
        }
    }

    private static PipeParser parser() {
        HapiContext context = new DefaultHapiContext();
        context.getParserConfiguration().setIdGenerator(() -> UUID.randomUUID().toString().replace("-", "").substring(0, 20));
        return context.getPipeParser();
    }

    private static void err(ERR err, Hl7Error e) throws HL7Exception {
        if (!e.segment().isEmpty()) {
            Terser.set(err, 2, 0, 1, 1, e.segment());
            Terser.set(err, 2, 0, 2, 1, String.valueOf(Math.max(e.sequence(), 1)));
            if (e.field() > 0) {
                Terser.set(err, 2, 0, 3, 1, String.valueOf(e.field()));
            }
        }
        Terser.set(err, 3, 0, 1, 1, String.valueOf(e.code()));
        Terser.set(err, 3, 0, 2, 1, e.codeName());
        Terser.set(err, 3, 0, 3, 1, "HL70357");
        Terser.set(err, 4, 0, 1, 1, e.severity());
        Terser.set(err, 8, 0, 1, 1, e.location().isEmpty() ? e.text() : e.location() + ": " + e.text());
    }
}
