package fr.engagement.partners.control;

import fr.engagement.partners.entity.AddressData;
import fr.engagement.partners.entity.OrganizationData;
import java.util.ArrayList;
import java.util.List;

/**
 * Partners' values cut to the catalogue's columns (V4 schema), so that one overlong value never fails the chunk
 * of a feed it sits in: a title of 5,000 characters is stored as its first 1,000, a department code that is no code
 * ("Isère") is dropped, a list is kept to what its TEXT column holds.
 */
public final class Columns {

    public static final int CLIENT_ID = 255;
    /** A TEXT column holds 65,535 bytes: 15,000 characters stay below it even when each takes 4 bytes. */
    static final int LIST_CHARS = 15_000;

    private Columns() {}

    public static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** The first values whose total length fits a TEXT column (multi-byte characters and JSON quoting included). */
    public static List<String> list(List<String> values) {
        List<String> kept = new ArrayList<>();
        int total = 0;
        for (String v : values) {
            total += v.length() + 3;
            if (total > LIST_CHARS) {
                break;
            }
            kept.add(v);
        }
        return kept;
    }

    public static AddressData address(AddressData a) {
        String department = a.departmentCode() != null && a.departmentCode().strip().length() <= 3
                ? a.departmentCode().strip() : null;
        return new AddressData(cut(a.street(), 500), cut(a.postalCode(), 20), cut(a.city(), 255), department,
                cut(a.departmentName(), 100), cut(a.region(), 100), cut(a.country(), 100), a.latitude(),
                a.longitude(), a.geolocStatus());
    }

    public static OrganizationData organization(OrganizationData o) {
        return o == null ? null : new OrganizationData(cut(o.name(), 500), cut(o.rna(), 20), cut(o.siren(), 20),
                cut(o.siret(), 20), cut(o.url(), 1000), cut(o.logo(), 1000), o.description(),
                cut(o.legalStatus(), 255), cut(o.type(), 255), list(o.actions()), cut(o.fullAddress(), 1000),
                cut(o.postalCode(), 20), cut(o.city(), 255), list(o.beneficiaries()), list(o.parentOrganizations()));
    }
}
