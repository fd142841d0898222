package org.tenfold.bench.data;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of the {@code client} table as the generator makes it, derived search columns included.
 * Timestamps are UTC wall-clock values, as the application stores its instants.
 */
record GeneratedClient(
        long id,
        String chartNumber,
        String firstName,
        String lastName,
        String preferredName,
        String pronouns,
        LocalDate dateOfBirth,
        String email,
        String phone,
        String phoneDigitsReversed,
        String lastNameTail,
        String addressLine1,
        String city,
        String country,
        String emergencyName,
        String emergencyRelationship,
        String emergencyPhone,
        boolean consentEmail,
        boolean consentSms,
        boolean consentPhone,
        boolean consentPost,
        String status,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}
