package io.openrcm.claim.api;

import io.openrcm.claim.application.Provider;
import io.openrcm.claim.domain.ProviderFacts;
import io.openrcm.kernel.Npi;
import io.openrcm.platform.problem.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The records {@code /providers} speaks: the request that creates or replaces a provider, and the provider shown. */
public final class ProviderApi {

    static final Pattern TAX_ID = Pattern.compile("[0-9]{9}");
    static final Pattern TAXONOMY = Pattern.compile("[0-9A-Z]{9}X");
    static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    static final Pattern ZIP = Pattern.compile("[0-9]{5}([0-9]{4})?");

    private ProviderApi() {
    }

    /**
     * Body of {@code PUT /providers/{npi}}.
     *
     * @param npi optional; when given it must equal the path's
     * @param name legal or practice name
     * @param taxId 9-digit tax id (EIN or SSN), digits only
     * @param taxonomyCode NUCC health care provider taxonomy code, such as 207Q00000X
     * @param address the provider's address
     */
    public record ProviderRequest(String npi, String name, String taxId, String taxonomyCode, Address address) {

        /** Every violation of this request for the NPI in the path. */
        List<Violation> violations(String pathNpi) {
            List<Violation> v = new ArrayList<>();
            if (!Npi.isValid(pathNpi)) {
                v.add(new Violation("{npi}", "not a valid NPI (10 digits with a Luhn check digit)"));
            }
            if (npi != null && !npi.equals(pathNpi)) {
                v.add(new Violation("/npi", "must equal the NPI in the path, or be left out"));
            }
            text(v, "/name", name, 200);
            if (taxId == null || !TAX_ID.matcher(taxId).matches()) {
                v.add(new Violation("/taxId", "must be 9 digits"));
            }
            if (taxonomyCode == null || !TAXONOMY.matcher(taxonomyCode).matches()) {
                v.add(new Violation("/taxonomyCode", "must be a 10-character NUCC taxonomy code ending in X"));
            }
            if (address == null) {
                v.add(new Violation("/address", "an address is required"));
                return v;
            }
            text(v, "/address/line1", address.line1(), 100);
            if (address.line2() != null && address.line2().length() > 100) {
                v.add(new Violation("/address/line2", "at most 100 characters"));
            }
            text(v, "/address/city", address.city(), 60);
            if (address.state() == null || !STATE.matcher(address.state()).matches()) {
                v.add(new Violation("/address/state", "must be a 2-letter upper-case state code"));
            }
            if (address.postalCode() == null || !ZIP.matcher(address.postalCode()).matches()) {
                v.add(new Violation("/address/postalCode", "must be a 5 or 9-digit ZIP code, digits only"));
            }
            return v;
        }

        /** The provider's data, once validated. */
        ProviderFacts data(String pathNpi) {
            return new ProviderFacts(pathNpi, name.trim(), taxId, taxonomyCode, address.line1().trim(),
                    address.line2() == null || address.line2().isBlank() ? null : address.line2().trim(),
                    address.city().trim(), address.state(), address.postalCode());
        }

        private static void text(List<Violation> v, String pointer, String value, int max) {
            if (value == null || value.isBlank() || value.length() > max) {
                v.add(new Violation(pointer, "required, 1 to " + max + " characters"));
            }
        }
    }

    /** A postal address. */
    public record Address(String line1, String line2, String city, String state, String postalCode) {
    }

    /**
     * A provider.
     *
     * @param npi the NPI
     * @param name the name
     * @param taxId the 9-digit tax id
     * @param taxonomyCode the NUCC taxonomy code
     * @param address the address
     * @param updatedAt when it last changed
     */
    public record ProviderView(String npi, String name, String taxId, String taxonomyCode, Address address,
            Instant updatedAt) {

        static ProviderView of(Provider p) {
            ProviderFacts f = p.facts();
            return new ProviderView(f.npi(), f.name(), f.taxId(), f.taxonomyCode(),
                    new Address(f.addressLine1(), f.addressLine2(), f.city(), f.state(), f.postalCode()),
                    p.updatedAt());
        }
    }
}
