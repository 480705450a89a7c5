package io.openrcm.platform.problem;

import java.util.List;

/**
 * Thrown by an API or application layer to answer with a problem: carries the status, a stable type slug and, for
 * input errors, every violation at once (a client fixes all of them in one round trip).
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(int status, String typeSlug, String title, String detail, List<Violation> violations) {
        super(detail);
        this.problem = new Problem(Problem.TYPE_BASE + typeSlug, title, status, detail, List.copyOf(violations));
    }

    /** 400: the request is not the shape the API takes. */
    public static ProblemException invalidRequest(List<Violation> violations) {
        return new ProblemException(400, "invalid-request", "The request is not valid",
                violations.size() + " problem(s) in the request body", violations);
    }

    /** 422: well formed, but breaks a business rule (an unknown code, a total that does not balance). */
    public static ProblemException unprocessable(String typeSlug, String title, List<Violation> violations) {
        return new ProblemException(422, typeSlug, title, violations.size() + " problem(s) in the request body",
                violations);
    }

    /** 422 with a detail of its own, for a rule whose summary says more than the count (an exact difference). */
    public static ProblemException unprocessable(String typeSlug, String title, String detail,
            List<Violation> violations) {
        return new ProblemException(422, typeSlug, title, detail, violations);
    }

    /** 404: no such resource. */
    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", List.of());
    }

    /** 409: the request conflicts with the current state. */
    public static ProblemException conflict(String typeSlug, String detail) {
        return new ProblemException(409, typeSlug, "Conflict", detail, List.of());
    }

    public Problem problem() {
        return problem;
    }
}
