package io.openrcm.reimbursement.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.openrcm.reimbursement.application.RemittanceView;
import io.openrcm.reimbursement.domain.X12Finding;
import java.util.List;

/**
 * Body of {@code GET /remittances/{id}}: the remittance and, for an X12 one accepted with errors (999 IK5*E), what
 * was wrong in it.
 *
 * @param remittance the remittance (its fields, unwrapped)
 * @param acceptedWithErrors the X12 errors accepted with it; empty for most
 */
public record RemittanceDetail(@JsonUnwrapped RemittanceView remittance, List<X12Finding> acceptedWithErrors) {
}
