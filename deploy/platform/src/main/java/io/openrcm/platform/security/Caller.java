package io.openrcm.platform.security;

import io.openrcm.platform.problem.ProblemException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, read once per request from the verified token: the one place code asks for the actor, the roles,
 * the practices (billing-provider NPIs) a caller may act for and the payer a payer integration may post for.
 *
 * Subject is the token's {@code sub} (empty when anonymous); username its {@code preferred_username}, else the subject:
 * the actor recorded on changes; client id the OAuth client ({@code azp}, else {@code client_id}). A class rather
 * than a record so that CDI can give it request scope.
 */
public class Caller {

    /** Problem type of a refusal because the practice is not in the token. */
    public static final String PRACTICE_REFUSED = "practice-not-permitted";

    private final String subject;
    private final String username;
    private final String clientId;
    private final Set<String> roles;
    private final Set<String> practices;
    private final Optional<String> payerId;

    public Caller(String subject, String username, String clientId, Set<String> roles, Set<String> practices,
            Optional<String> payerId) {
        this.subject = subject == null ? "" : subject;
        this.username = username == null || username.isBlank() ? this.subject : username;
        this.clientId = clientId == null ? "" : clientId;
        this.roles = Set.copyOf(roles);
        this.practices = Set.copyOf(practices);
        this.payerId = payerId.filter(p -> !p.isBlank());
    }

    /** For the request-scoped CDI proxy only; a real caller always comes from the constructor above. */
    protected Caller() {
        this("", "", "", Set.of(), Set.of(), Optional.empty());
    }

    /** A plain copy, safe to hand to another thread after the request ends (this may be a request-scoped proxy). */
    public Caller snapshot() {
        return new Caller(subject(), username(), clientId(), roles(), practices(), payerId());
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String clientId() {
        return clientId;
    }

    public Set<String> roles() {
        return roles;
    }

    /** The billing-provider NPIs of the practices this caller may act for; scope every query of patient data by it. */
    public Set<String> practices() {
        return practices;
    }

    public Optional<String> payerId() {
        return payerId;
    }

    /** A caller without a verified identity: no roles, no practices. */
    public static Caller anonymous() {
        return new Caller("", "", "", Set.of(), Set.of(), Optional.empty());
    }

    public boolean isAnonymous() {
        return subject().isEmpty();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** The name recorded as the actor of a change: never a value the request typed. */
    public String actor() {
        return username();
    }

    /** Whether this caller may read or act for the practice of this billing-provider NPI. */
    public boolean mayActFor(String billingProviderNpi) {
        return billingProviderNpi != null && practices().contains(billingProviderNpi);
    }

    /**
     * Refuses, with a 403 naming the practice, a write for a practice the token does not carry. Reads of a single
     * resource use {@link ProblemException#notFound} instead, so a guessed id does not reveal that it exists.
     */
    public void requirePractice(String billingProviderNpi) {
        if (!mayActFor(billingProviderNpi)) {
            throw new ProblemException(403, PRACTICE_REFUSED, "Practice not permitted",
                    "The token does not carry practice " + billingProviderNpi, List.of());
        }
    }

    /** Refuses, with a 403, a payer file of a payer other than the token's {@code payer_id}. */
    public void requirePayer(String payer) {
        if (payerId().isEmpty() || !payerId().get().equals(payer)) {
            throw new ProblemException(403, "payer-not-permitted", "Payer not permitted",
                    "The token may post only for payer " + payerId().orElse("(none)") + ", not " + payer,
                    List.of());
        }
    }
}
