package org.tenfold.clinic;

import java.io.Serializable;
import java.time.Instant;

/** The clinic's logo as the settings screen and API describe it. */
public record LogoView(String contentType, int size, String sha256, Instant updatedAt, String updatedBy) implements Serializable {
}
