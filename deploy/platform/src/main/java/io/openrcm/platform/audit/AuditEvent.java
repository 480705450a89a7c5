package io.openrcm.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One audit record, as stored and as published on {@code rcm.audit.audit-recorded.v1} (schema:
 * deploy/contracts audit-recorded.v1.schema.json). Carries ids, never patient names or other patient data.
 */
public record AuditEvent(UUID auditId, Instant recordedAt, String source, String subject, String username,
        String clientId, List<String> roles, String action, String resourceType, String resourceId, String patientId,
        String practice, AuditOutcome outcome, Integer httpStatus, String correlationId) {
}
