package io.openrcm.platform.audit;

import java.time.Instant;
import java.util.Set;

/**
 * The auditor's filters (null = any), the page asked for, and the auditor's practices: records of another practice
 * are never answered (records of no practice, such as a refused token, are).
 */
public record AuditQuery(String patientId, String action, String subject, Instant from, Instant to, int page,
        int size, Set<String> practices) {
}
