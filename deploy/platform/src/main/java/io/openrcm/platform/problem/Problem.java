package io.openrcm.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type a stable URI naming the kind of problem; clients switch on it
 * @param title a short summary of that kind
 * @param status the HTTP status
 * @param detail what went wrong in this occurrence
 * @param violations for input errors, each violation with its location
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    /** Prefix of every problem type of the platform. */
    public static final String TYPE_BASE = "https://openrcm.io/problems/";
    /** The media type of problem responses. */
    public static final String MEDIA_TYPE = "application/problem+json";
}
