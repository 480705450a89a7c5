package io.openrcm.reimbursement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code denial_category_rule}: the denial category of a claim adjustment reason code. */
@Entity
@Table(name = "denial_category_rule")
public class DenialCategoryRuleEntity {

    @Id
    @Column(name = "carc")
    public String carc;
    @Column(name = "category", nullable = false)
    public String category;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
