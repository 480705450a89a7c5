package io.openrcm.reimbursement.api;

import io.openrcm.platform.problem.Problem;
import io.openrcm.platform.problem.Violation;
import io.openrcm.reimbursement.api.x12.Ack999Writer;
import io.openrcm.reimbursement.api.x12.Era835File;
import io.openrcm.reimbursement.api.x12.Era835Reader;
import io.openrcm.reimbursement.api.x12.X12Error;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.reimbursement.application.PayerIdentification;
import io.openrcm.reimbursement.application.PostingResult;
import io.openrcm.reimbursement.application.RemittancePosting;
import io.openrcm.reimbursement.application.X12Acknowledgments;
import io.openrcm.reimbursement.domain.PayerResolution;
import io.openrcm.reimbursement.domain.X12Finding;
import io.openrcm.x12.ControlNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;

/**
 * Takes an X12 835 file: reads it whole first; a file with any error is refused (400 problem with each error's
 * place and the 999), no remittance stored. Errors that touch neither money nor matching are accepted (999 IK5*E)
 * for a payer set to {@code rcm.x12.accept-with-errors.<payerId>=true} and kept with its remittance. Otherwise each
 * transaction set is taken on its own (posted, waiting for its claim, or quarantined when it does not balance), and
 * the answer lists them with the 999. Every 999 is stored, to be fetched again.
 */
@ApplicationScoped
public class X12Intake {

    /** Problem type slug of a refused file. */
    public static final String TYPE = "invalid-x12";
    /** Problem type slug of an 835 whose identifiers name no known payer, or two. */
    public static final String UNKNOWN_PAYER = "unknown-payer";
    /** Prefix of the per-payer setting that accepts tolerable errors (true) instead of refusing the file. */
    public static final String ACCEPT_WITH_ERRORS = "rcm.x12.accept-with-errors.";

    @Inject
    RemittancePosting posting;
    @Inject
    X12Acknowledgments acknowledgments;
    @Inject
    Clock clock;
    @Inject
    ControlNumbers controlNumbers;
    @Inject
    Config config;
    @Inject
    PayerIdentification payers;

    /**
     * The problem body of a refused file: the usual problem fields plus the 999.
     *
     * @param type problem type URI
     * @param title summary
     * @param status 400
     * @param detail the first error in a sentence
     * @param violations each error: pointer = its place (ST, segment position and id, element), message = reason
     * @param ack999 the 999 acknowledgment rejecting the file
     * @param acknowledgmentId the stored 999 (GET /acknowledgments/{id})
     */
    public record X12Problem(String type, String title, int status, String detail, List<Violation> violations,
            String ack999, UUID acknowledgmentId) {
    }

    /**
     * What became of a file: refused (the problem, with its 999) or taken (the answer, and whether anything was new).
     */
    record Processed(X12Problem refused, X12RemittanceResponse taken, boolean created) {
    }

    Response take(byte[] body, PaymentAccess access) {
        Processed p = process(body, access);
        if (p.refused() != null) {
            return Response.status(400).type(Problem.MEDIA_TYPE).entity(p.refused()).build();
        }
        return Response.status(p.created() ? 201 : 200).entity(p.taken()).build();
    }

    /** Takes the file for a poster: a signed-in caller, or the clearinghouse link acting as the system. */
    Processed process(byte[] body, RemittancePoster poster) {
        // The payer is ours once named (422 otherwise), then the poster is checked against it, before anything is
        // stored (not even the 999): a payer integration posts its own payer's files only.
        Era835File file = new Era835Reader().read(body).withPayers(this::payerOf).tolerating(this::acceptsWithErrors);
        poster.requirePoster(file.transactions().stream().map(Era835File.Transaction::remittance)
                .filter(Objects::nonNull).toList());
        int controlNumber = controlNumbers.next();
        String ack = Ack999Writer.write(file, ZonedDateTime.now(clock), controlNumber);
        if (!file.accepted()) {
            UUID ackId = acknowledgments.record(controlNumber, file.senderId(), "R", ack, Map.of(), poster.poster());
            List<Violation> violations = file.allErrors().stream()
                    .map(e -> new Violation(e.location(), e.reason())).toList();
            X12Error first = file.allErrors().isEmpty() ? null : file.allErrors().get(0);
            String detail = first == null ? "the file holds no 835 transaction set"
                    : violations.size() + " error(s); first at " + first.location() + ": " + first.reason();
            return new Processed(new X12Problem(Problem.TYPE_BASE + TYPE, "The X12 file is not an acceptable 835", 400,
                    detail, violations, ack, ackId), null, false);
        }
        List<X12RemittanceResponse.Item> items = new ArrayList<>();
        Map<UUID, List<X12Finding>> findings = new LinkedHashMap<>();
        boolean created = false;
        boolean withErrors = false;
        for (Era835File.Transaction t : file.transactions()) {
            // Audited inside the posting's transaction: the remittance and its audit records commit together.
            PostingResult result = posting.take(t.remittance(), taken -> poster.audit("remittance.post", taken));
            created |= result.created();
            withErrors |= t.acceptedWithErrors();
            List<X12Finding> found = t.errors().stream()
                    .map(e -> new X12Finding(e.location(), e.code(), e.reason())).toList();
            findings.put(result.remittance().remittanceId(), found);
            items.add(X12RemittanceResponse.item(result.remittance(), found));
        }
        UUID ackId = acknowledgments.record(controlNumber, file.senderId(), withErrors ? "E" : "A", ack, findings,
                poster.poster());
        return new Processed(null, new X12RemittanceResponse(items, ack, ackId), created);
    }

    /** Our payer id for the transaction set's identifiers; a 422 naming each identifier's segment when none or two. */
    private String payerOf(Era835File.Transaction t) {
        PayerResolution payer = payers.resolve(t.payerIdentifiers());
        if (payer.resolved()) {
            return payer.payerId();
        }
        List<Violation> at = payer.at().isEmpty()
                ? List.of(new Violation("ST " + t.controlNumber() + " / TRN", payer.problem()))
                : payer.at().stream().map(id -> new Violation(id.location(), id.qualifier() + " " + id.value()
                        + (payer.at().size() == 1 ? " names no known payer" : " names another payer than the rest")))
                        .toList();
        throw ProblemException.unprocessable(UNKNOWN_PAYER, "The 835's payer is not known", "ST "
                + t.controlNumber() + ": " + payer.problem() + "; record the payer's EDI identifiers (payer_edi_identifier) first",
                at);
    }

    private boolean acceptsWithErrors(String payerId) {
        return config.getOptionalValue(ACCEPT_WITH_ERRORS + payerId, Boolean.class).orElse(false);
    }
}
