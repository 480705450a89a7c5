package io.openrcm.code.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A canonical SHA-256 hash of an encounter's normalized content. It is computed from values, not from the request
 * text, so field order, white space and equivalent spellings (E11.9 and E119, 25 and "25 ") hash alike, while any
 * change of meaning (another code, another order of diagnoses) hashes differently.
 *
 * <p>Each value is written as {@code name=length:value;} so no value can imitate a field boundary. The leading
 * version tag must change whenever the canonical form does, and old hashes then stop matching retries.
 */
public final class EncounterFingerprint {

    private static final String VERSION = "encounter-fingerprint-v1;";
    private static final HexFormat HEX = HexFormat.of();
    /** One digest per thread: looking the algorithm up through the providers on every encounter costs more. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(EncounterFingerprint::newSha256);

    private EncounterFingerprint() {
    }

    /** The lowercase hex SHA-256 of the canonical form of the content. */
    public static String of(EncounterContent c) {
        return sha256(canonical(c));
    }

    /** The canonical text that is hashed; exposed to tests. */
    static String canonical(EncounterContent c) {
        StringBuilder out = new StringBuilder(512).append(VERSION);
        field(out, "ehrEncounterId", c.ehrEncounterId());
        field(out, "patient.id", c.patient().id());
        field(out, "patient.firstName", c.patient().firstName());
        field(out, "patient.lastName", c.patient().lastName());
        field(out, "patient.birthDate", c.patient().birthDate());
        field(out, "patient.sex", c.patient().sex());
        field(out, "subscriber.memberId", c.subscriberMemberId());
        field(out, "payerId", c.payerId());
        field(out, "billingProviderNpi", c.billingProviderNpi());
        field(out, "renderingProviderNpi", c.renderingProviderNpi());
        field(out, "dateOfService", c.dateOfService());
        field(out, "placeOfService", c.placeOfService());
        for (Diagnosis d : c.diagnoses()) {
            // A diagnosis sent as text hashes as its text, so coded-only requests keep their v1 hashes.
            field(out, "diagnoses." + d.sequence(), d.text() == null ? d.code() : "text:" + d.text());
        }
        for (ServiceLine l : c.serviceLines()) {
            String prefix = "serviceLines." + l.lineNumber() + ".";
            field(out, prefix + "code", l.text() == null ? l.code().system() + ":" + l.code().code()
                    : "text:" + l.text());
            field(out, prefix + "modifiers", list(l.modifiers()));
            field(out, prefix + "units", l.units());
            field(out, prefix + "diagnosisPointers", list(l.diagnosisPointers()));
        }
        // Coverages beyond the one payer and member id above hash too; a single self coverage adds nothing, so
        // requests in the shape before coverages keep their hashes.
        if (c.patient().address() != null) {
            address(out, "patient.address.", c.patient().address());
        }
        if (!c.singleSelfCoverage()) {
            for (int i = 0; i < c.coverages().size(); i++) {
                coverage(out, "coverages." + i + ".", c.coverages().get(i));
            }
        }
        return out.toString();
    }

    private static void coverage(StringBuilder out, String prefix, Coverage coverage) {
        Subscriber s = coverage.subscriber();
        field(out, prefix + "payerId", coverage.payerId());
        field(out, prefix + "memberId", coverage.memberId());
        field(out, prefix + "relationship", s.relationship());
        field(out, prefix + "firstName", s.firstName());
        field(out, prefix + "lastName", s.lastName());
        field(out, prefix + "birthDate", s.birthDate());
        field(out, prefix + "sex", s.sex());
        if (s.address() != null) {
            address(out, prefix + "address.", s.address());
        }
    }

    private static void address(StringBuilder out, String prefix, Address a) {
        field(out, prefix + "line1", a.line1());
        field(out, prefix + "line2", a.line2());
        field(out, prefix + "city", a.city());
        field(out, prefix + "state", a.state());
        field(out, prefix + "postalCode", a.postalCode());
    }

    private static void field(StringBuilder out, String name, Object value) {
        String text = value == null ? "" : value.toString();
        out.append(name).append('=').append(value == null ? -1 : text.length()).append(':').append(text).append(';');
    }

    private static String list(List<?> values) {
        StringBuilder joined = new StringBuilder();
        for (Object v : values) {
            String text = v.toString();
            joined.append(text.length()).append(':').append(text).append(',');
        }
        return joined.toString();
    }

    private static String sha256(String text) {
        // digest() leaves the instance reset for the thread's next encounter.
        return HEX.formatHex(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
