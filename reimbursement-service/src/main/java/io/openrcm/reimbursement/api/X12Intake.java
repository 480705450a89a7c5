package io.openrcm.reimbursement.api;

import io.openrcm.platform.problem.Problem;
import io.openrcm.platform.problem.Violation;
import io.openrcm.reimbursement.api.x12.Ack999Writer;
import io.openrcm.reimbursement.api.x12.Era835File;
import io.openrcm.reimbursement.api.x12.Era835Reader;
import io.openrcm.reimbursement.api.x12.X12Error;
import io.openrcm.reimbursement.application.PostingResult;
import io.openrcm.reimbursement.application.RemittancePosting;
import io.openrcm.x12.ControlNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes an X12 835 file: reads it whole first; a file with any error is refused (400 problem with each error's
 * place and the 999), nothing stored. Otherwise each transaction set is taken on its own (posted, waiting for its
 * claim, or quarantined when it does not balance), and the answer lists them with the 999.
 */
@ApplicationScoped
public class X12Intake {

    /** Problem type slug of a refused file. */
    public static final String TYPE = "invalid-x12";

    @Inject
    RemittancePosting posting;
    @Inject
    Clock clock;
    @Inject
    ControlNumbers controlNumbers;

    /**
     * The problem body of a refused file: the usual problem fields plus the 999.
     *
     * @param type problem type URI
     * @param title summary
     * @param status 400
     * @param detail the first error in a sentence
     * @param violations each error: pointer = its place (ST, segment position and id, element), message = reason
     * @param ack999 the 999 acknowledgment rejecting the file
     */
    public record X12Problem(String type, String title, int status, String detail, List<Violation> violations,
            String ack999) {
    }

    Response take(byte[] body) {
        Era835File file = new Era835Reader().read(body);
        String ack = Ack999Writer.write(file, ZonedDateTime.now(clock), controlNumbers.next());
        if (!file.accepted()) {
            List<Violation> violations = file.allErrors().stream()
                    .map(e -> new Violation(e.location(), e.reason())).toList();
            X12Error first = file.allErrors().isEmpty() ? null : file.allErrors().get(0);
            String detail = first == null ? "the file holds no 835 transaction set"
                    : violations.size() + " error(s); first at " + first.location() + ": " + first.reason();
            return Response.status(400).type(Problem.MEDIA_TYPE).entity(new X12Problem(Problem.TYPE_BASE + TYPE,
                    "The X12 file is not an acceptable 835", 400, detail, violations, ack)).build();
        }
        List<X12RemittanceResponse.Item> items = new ArrayList<>();
        boolean created = false;
        for (var remittance : file.remittances()) {
            PostingResult result = posting.take(remittance);
            created |= result.created();
            items.add(X12RemittanceResponse.item(result.remittance()));
        }
        return Response.status(created ? 201 : 200).entity(new X12RemittanceResponse(items, ack)).build();
    }
}
