package io.openrcm.code.hl7;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.DFT_P03;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import io.openrcm.code.api.EncounterRequestValidator;
import io.openrcm.code.application.CodingOutcome;
import io.openrcm.code.application.EncounterProblems;
import io.openrcm.code.application.EncounterMicroBatcher;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.persistence.Hl7MessageLog;
import io.openrcm.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Use case: take one HL7 v2 DFT^P03 from an EHR, whatever carried it (MLLP or HTTPS), exactly once per sending
 * application, facility and control id. The encounter goes through the same validator, use case and coder queue as
 * JSON; AA is answered only once it is stored, AE/AR with one ERR per field at fault.
 */
@ApplicationScoped
public class Hl7Intake {

    private static final Logger LOG = Logger.getLogger(Hl7Intake.class);

    private final EncounterMicroBatcher encounters;
    private final Hl7MessageLog log;
    private final Hl7Config config;
    private final Clock clock;
    private final EncounterRequestValidator validator;
    private final PipeParser parser;

    @Inject
    public Hl7Intake(EncounterMicroBatcher encounters, Hl7MessageLog log, Hl7Config config, Clock clock) {
        this.encounters = encounters;
        this.log = log;
        this.config = config;
        this.clock = clock;
        this.validator = new EncounterRequestValidator(clock);
        HapiContext hapi = new DefaultHapiContext();
        // Every version is read into the 2.5.1 structures; fields are checked here, each error with its place.
        hapi.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        hapi.setValidationContext(ValidationContextFactory.noValidation());
        this.parser = hapi.getPipeParser();
    }

    /** The ACK of a message in ER7 (segments ended by CR; LF and CRLF are read as CR too). */
    public Hl7Answer receive(String text, Hl7Channel channel) {
        String er7 = text == null ? "" : text.strip().replace("\r\n", "\r").replace('\n', '\r');
        MshHeader msh = MshHeader.read(er7);
        if (msh == null) {
            return answer(null, Hl7Rejection.reject(Hl7Error.at("MSH", 1, 0, Hl7Error.SEGMENT_SEQUENCE,
                    "the message must start with an MSH segment")));
        }
        if (msh.controlId().isEmpty()) {
            return answer(msh, Hl7Rejection.reject(Hl7Error.at("MSH", 1, 10, Hl7Error.REQUIRED_FIELD_MISSING,
                    "the message control id is required: it is the key that makes a resend harmless")));
        }
        Hl7Config.Facility facility = config.facilities().get(msh.facility());
        if (facility == null || facility.applications().map(a -> !a.contains(msh.application())).orElse(false)) {
            return answer(msh, Hl7Rejection.reject(Hl7Error.at("MSH", 1, facility == null ? 4 : 3,
                    Hl7Error.UNKNOWN_KEY, facility == null ? "sending facility " + msh.facility()
                            + " is not configured (rcm.hl7.facilities)"
                            : "sending application " + msh.application() + " may not send for facility "
                                    + msh.facility())));
        }
        if (!channel.mayActFor(msh.facility(), facility)) {
            channel.refused(msh.facility(), facility);
            String ack = Hl7Acks.ack(msh, "AR", List.of(Hl7Error.at("MSH", 1, 4, Hl7Error.UNKNOWN_KEY,
                    "this sender may not send for facility " + msh.facility() + " (practice "
                            + facility.billingNpi() + "); nothing was stored")));
            return new Hl7Answer(ack, "AR", true);
        }
        Optional<String> earlier = earlier(msh);
        if (earlier.isPresent()) {
            return new Hl7Answer(earlier.get(), codeOf(earlier.get()), false);
        }
        try {
            return store(er7, msh, facility, channel);
        } catch (Hl7Rejection r) {
            return recorded(msh, r.ackCode(), Hl7Acks.ack(msh, r.ackCode(), r.errors()));
        } catch (RuntimeException e) {
            Optional<String> twin = earlier(msh);
            if (twin.isPresent()) {
                // A concurrent resend of the same control id committed first: its answer is ours.
                return new Hl7Answer(twin.get(), codeOf(twin.get()), false);
            }
            LOG.errorf(e, "HL7 message %s of %s/%s could not be stored", msh.controlId(), msh.application(),
                    msh.facility());
            // Not recorded: the sender may resend the same control id once the fault is gone.
            return new Hl7Answer(Hl7Acks.ack(msh, "AE", List.of(new Hl7Error("", 0, 0, Hl7Error.INTERNAL, "E",
                    "the message could not be stored now; send it again later"))), "AE", false);
        }
    }

    private Hl7Answer store(String er7, MshHeader msh, Hl7Config.Facility facility, Hl7Channel channel) {
        DFT_P03 dft = parse(er7, msh);
        DftMapper.Mapped mapped;
        try {
            mapped = DftMapper.map(dft, facility.billingNpi(), config.payers());
        } catch (HL7Exception e) {
            throw Hl7Rejection.error(Hl7Error.at("", 0, 0, Hl7Error.SEGMENT_SEQUENCE, firstLine(e)));
        }
        if (mapped.request() == null) {
            return recorded(msh, "AA", Hl7Acks.ack(msh, "AA", mapped.warnings()));
        }
        EncounterContent content;
        try {
            content = validator.validate(mapped.request());
        } catch (ProblemException p) {
            throw new Hl7Rejection("AE", p.problem().violations().stream().map(mapped.places()::locate).toList());
        }
        String correlationId = UUID.randomUUID().toString();
        String[] ack = new String[1];
        CodingOutcome outcome;
        try {
            // Grouped with the messages and requests that arrive together (other connections, REST, FHIR); the
            // message log row that makes a resend harmless is written in the same transaction as the encounter.
            outcome = encounters.code(content, correlationId, channel.auditor(correlationId), o -> {
                ack[0] = Hl7Acks.ack(msh, "AA", warnings(o, mapped.places()));
                log.record(msh.application(), msh.facility(), msh.controlId(), "AA", ack[0], o.encounter().id(),
                        clock.instant());
            });
        } catch (ProblemException p) {
            if (EncounterProblems.IDEMPOTENCY_CONFLICT.equals(p.problem().type())
                    || p.problem().type().endsWith("/" + EncounterProblems.IDEMPOTENCY_CONFLICT)) {
                throw Hl7Rejection.error(Hl7Error.at("PV1", 1, 19, Hl7Error.UNKNOWN_KEY, "visit number "
                        + content.ehrEncounterId() + " was already received with other charges; corrections of an "
                        + "accepted encounter are made by a coder (coding queue), or send a new visit number"));
            }
            throw p;
        }
        LOG.infof("HL7 %s %s/%s: AA, encounter %s", msh.controlId(), msh.application(), msh.facility(),
                outcome.encounter().id());
        return new Hl7Answer(ack[0], "AA", false);
    }

    private DFT_P03 parse(String er7, MshHeader msh) {
        String[] type = msh.messageType().split(java.util.regex.Pattern.quote(
                msh.encodingCharacters().isEmpty() ? "^" : msh.encodingCharacters().substring(0, 1)), -1);
        if (type.length < 1 || !"DFT".equals(type[0])) {
            throw Hl7Rejection.reject(Hl7Error.at("MSH", 1, 9, Hl7Error.UNSUPPORTED_MESSAGE_TYPE, "message type "
                    + msh.messageType() + " is not taken here: send charges as DFT^P03"));
        }
        if (type.length < 2 || !"P03".equals(type[1])) {
            throw Hl7Rejection.reject(Hl7Error.at("MSH", 1, 9, Hl7Error.UNSUPPORTED_EVENT, "trigger event "
                    + (type.length < 2 ? "(none)" : type[1]) + " is not taken here: send charges as DFT^P03"));
        }
        if (!msh.version().startsWith("2.")) {
            throw Hl7Rejection.reject(Hl7Error.at("MSH", 1, 12, Hl7Error.UNSUPPORTED_VERSION, "version "
                    + msh.version() + " is not HL7 v2 (2.5.1 expected)"));
        }
        Message message;
        try {
            message = parser.parse(er7);
        } catch (HL7Exception e) {
            throw Hl7Rejection.error(error(e));
        }
        if (!(message instanceof DFT_P03 dft)) {
            throw Hl7Rejection.reject(Hl7Error.at("MSH", 1, 9, Hl7Error.UNSUPPORTED_MESSAGE_TYPE,
                    "the message is not read as a DFT^P03 (MSH-9.3 structure " + message.getName() + ")"));
        }
        return dft;
    }

    private static Hl7Error error(HL7Exception e) {
        var at = e.getLocation();
        String segment = at == null || at.getSegmentName() == null ? "" : at.getSegmentName();
        int field = at == null ? 0 : Math.max(at.getField(), 0);
        int sequence = at == null ? 1 : Math.max(at.getSegmentRepetition(), 1);
        int code = e.getError() == null ? Hl7Error.SEGMENT_SEQUENCE : e.getError().getCode();
        return Hl7Error.at(segment, sequence, field, code, "the message cannot be parsed: " + firstLine(e));
    }

    /** Warnings of an accepted message: the coding edits and unknown codes that send it to the coder queue. */
    private static List<Hl7Error> warnings(CodingOutcome o, Hl7Places places) {
        List<Hl7Error> warnings = new ArrayList<>();
        for (var f : o.encounter().findings()) {
            String pointer = f.diagnosisSequence() != null ? "/diagnoses/" + (f.diagnosisSequence() - 1)
                    : f.lineNumber() != null ? "/serviceLines/" + (f.lineNumber() - 1) : "";
            Hl7Error at = places.locate(new io.openrcm.platform.problem.Violation(pointer, f.editId() + ": "
                    + f.message() + " (the encounter waits for a coder)"));
            warnings.add(new Hl7Error(at.segment(), at.sequence(), at.field(), Hl7Error.TABLE_VALUE_NOT_FOUND, "W",
                    at.text()));
        }
        return warnings;
    }

    private Optional<String> earlier(MshHeader msh) {
        return QuarkusTransaction.requiringNew().call(() -> log.ackOf(msh.application(), msh.facility(),
                msh.controlId()));
    }

    /** Records a refusal (AE/AR) so that a resend of the same control id gets it again; nothing else is stored. */
    private Hl7Answer recorded(MshHeader msh, String code, String ack) {
        if (msh == null || msh.controlId().isEmpty()) {
            return new Hl7Answer(ack, code, false);
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> log.record(msh.application(), msh.facility(),
                    msh.controlId(), code, ack, null, clock.instant()));
        } catch (RuntimeException e) {
            return earlier(msh).map(a -> new Hl7Answer(a, codeOf(a), false)).orElse(new Hl7Answer(ack, code, false));
        }
        return new Hl7Answer(ack, code, false);
    }

    private static Hl7Answer answer(MshHeader msh, Hl7Rejection r) {
        return new Hl7Answer(Hl7Acks.ack(msh, r.ackCode(), r.errors()), r.ackCode(), false);
    }

    /** MSA-1 of a stored ACK. */
    static String codeOf(String ack) {
        int msa = ack.indexOf("\rMSA|");
        return msa < 0 || ack.length() < msa + 7 ? "AA" : ack.substring(msa + 5, msa + 7);
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
