package org.tenfold.report;

import java.util.Objects;

/**
 * What every page of a document carries: the letterhead (in full on the first page, the clinic's name on
 * the others), the document's title, and the confidentiality notice in the footer beside "Page n of m".
 */
public record PageFrame(Letterhead letterhead, String title, String confidentiality) {

    public PageFrame {
        Objects.requireNonNull(letterhead, "letterhead");
        title = title == null ? "" : title;
        confidentiality = confidentiality == null ? "" : confidentiality;
    }
}
