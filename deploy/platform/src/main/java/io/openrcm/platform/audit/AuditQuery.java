package io.openrcm.platform.audit;

import java.time.Instant;

/** The auditor's filters (null = any) and the page asked for. */
public record AuditQuery(String patientId, String action, String subject, Instant from, Instant to, int page,
        int size) {
}
