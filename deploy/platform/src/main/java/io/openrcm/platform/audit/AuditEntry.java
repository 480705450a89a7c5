package io.openrcm.platform.audit;

/**
 * What one audit record is about: the action (such as {@code claim.read}), the resource and, where patient data is
 * involved, the patient id and the practice (billing-provider NPI). Ids only, never names or other patient data.
 */
public record AuditEntry(String action, String resourceType, String resourceId, String patientId, String practice) {

    /** An entry about a resource whose patient and practice are not known (yet). */
    public static AuditEntry of(String action, String resourceType, String resourceId) {
        return new AuditEntry(action, resourceType, resourceId, null, null);
    }
}
