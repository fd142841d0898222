package org.tenfold.report;

import java.util.List;

/**
 * The clinic's letterhead on a report's first page.
 *
 * @param clinicName   the clinic's name
 * @param addressLines address, phone, web: one line each
 * @param logo         PNG or JPEG bytes, or null; an unreadable image is left out rather than failing the report
 */
public record Letterhead(String clinicName, List<String> addressLines, byte[] logo) {

    public Letterhead {
        clinicName = clinicName == null ? "" : clinicName;
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        logo = logo == null || logo.length == 0 ? null : logo.clone();
    }

    public Letterhead(String clinicName, List<String> addressLines) {
        this(clinicName, addressLines, null);
    }

    @Override
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    byte[] logoBytes() {
        return logo;
    }
}
