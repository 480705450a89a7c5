package io.openrcm.claim.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of the {@code provider} table. */
@Entity
@Table(name = "provider")
public class ProviderEntity {

    @Id
    public String npi;
    @Column(nullable = false)
    public String name;
    @Column(name = "tax_id", nullable = false)
    public String taxId;
    @Column(name = "taxonomy_code", nullable = false)
    public String taxonomyCode;
    @Column(name = "address_line1", nullable = false)
    public String addressLine1;
    @Column(name = "address_line2")
    public String addressLine2;
    @Column(nullable = false)
    public String city;
    @Column(nullable = false)
    public String state;
    @Column(name = "postal_code", nullable = false)
    public String postalCode;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
