package org.tenfold.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClientTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private final Instant now = Instant.parse("2026-03-01T09:00:00Z");

    static ClientDetails zoe() {
        ClientDetails d = new ClientDetails();
        d.setLegalFirstName("  Zoë ");
        d.setLegalLastName("Đặng-Nguyễn");
        d.setPreferredName(" ");
        d.setDateOfBirth(LocalDate.of(1990, 4, 2));
        d.setPhone("+44 (0)20 7946-0018");
        d.setEmail("zoe@example.org");
        return d;
    }

    @Test
    void applyTrimsTextsAndKeepsPhoneDigitsForSearch() {
        Client c = new Client(zoe(), now);
        assertEquals("Zoë", c.getLegalFirstName());
        assertNull(c.getPreferredName());
        assertEquals("Zoë Đặng-Nguyễn", c.getDisplayName());
        assertEquals("8100649702044", Client.reversedDigits(c.getPhone()));
        assertEquals("8100649702", Client.reversedDigits("020 7946 0018"));
        assertNull(Client.reversedDigits("--"));
        assertEquals("8100", Client.reversedDigitsAsTyped("0018"));
        assertEquals("Nguyễn", Client.lastNameTailOf(c.getLegalLastName()));
        assertEquals("Demo", Client.lastNameTailOf("Ó Demo"));
        assertNull(Client.lastNameTailOf("Smith"));
        assertEquals(ClientStatus.ENQUIRY, c.getStatus());
    }

    @Test
    void displayNameShowsAPreferredNameBesideTheLegalOne() {
        ClientDetails d = zoe();
        d.setPreferredName("Zo");
        assertEquals("Zo (Zoë) Đặng-Nguyễn", new Client(d, now).getDisplayName());
    }

    @Test
    void detailsRoundTrip() {
        ClientDetails d = zoe();
        d.setConsentSms(true);
        d.setStatus(ClientStatus.ACTIVE);
        ClientDetails back = new Client(d, now).details();
        assertEquals("Đặng-Nguyễn", back.getLegalLastName());
        assertTrue(back.isConsentSms());
        assertEquals(ClientStatus.ACTIVE, back.getStatus());
    }

    @Test
    void aClientNeedsBothLegalNames() {
        ClientDetails d = zoe();
        d.setLegalLastName("   ");
        assertThrows(IllegalArgumentException.class, () -> new Client(d, now));
    }

    @Test
    void validationNamesEachBadField() {
        ClientDetails d = new ClientDetails();
        d.setLegalFirstName("");
        d.setLegalLastName("x".repeat(101));
        d.setEmail("not an email");
        d.setPhone("call me <script>");
        d.setDateOfBirth(LocalDate.now().plusDays(1));
        Set<String> messages = VALIDATOR.validate(d).stream().map(ConstraintViolation::getMessage)
                .collect(Collectors.toSet());
        assertEquals(Set.of("Legal first name is required", "Legal last name is at most 100 characters",
                "Email is not a valid address",
                "Phone must be a phone number: digits, spaces, + ( ) - . /",
                "Date of birth must be in the past"), messages);
    }

    @Test
    void aWellFormedClientIsValid() {
        assertTrue(VALIDATOR.validate(zoe()).isEmpty());
    }

    @Test
    void chartNumberComesFromTheIdOnce() {
        Client c = new Client(zoe(), now);
        assertThrows(NullPointerException.class, c::assignChartNumber);
    }
}
