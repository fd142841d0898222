package org.tenfold.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.tenfold.privacy.NotMemberRecord;

/** A person in care (or enquiring about it). Contact data only; clinical records live elsewhere. */
@NotMemberRecord("identity and contact details, which front desk keeps for every client; clinical records hang off it")
@Entity
@Table(name = "client")
@NamedQuery(name = "Client.findPossibleDuplicates", query = """
        SELECT c FROM Client c
        WHERE c.legalLastName = :lastName AND c.legalFirstName = :firstName AND c.dateOfBirth = :dateOfBirth
          AND c.id <> :excludeId
        ORDER BY c.id""")
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Set from the id right after the insert, in the same transaction; never changes. */
    @Column(name = "chart_number", unique = true, length = 16)
    private String chartNumber;

    @Column(name = "legal_first_name", nullable = false, length = 100)
    private String legalFirstName;
    @Column(name = "legal_last_name", nullable = false, length = 100)
    private String legalLastName;
    @Column(name = "preferred_name", length = 100)
    private String preferredName;
    @Column(length = 40)
    private String pronouns;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(length = 254)
    private String email;
    @Column(length = 40)
    private String phone;
    /**
     * The phone's digits reversed, so a prefix search finds the end of the number: "7946 0018" and
     * "020 7946 0018" both find "+44 20 7946 0018", whatever the country prefix.
     */
    @Column(name = "phone_digits_reversed", length = 40)
    private String phoneDigitsReversed;
    /** What follows the first space or hyphen of the last name: "Nguyễn" of "Đặng-Nguyễn", for search. */
    @Column(name = "last_name_tail", length = 100)
    private String lastNameTail;

    @Column(name = "address_line1", length = 200)
    private String addressLine1;
    @Column(name = "address_line2", length = 200)
    private String addressLine2;
    @Column(length = 100)
    private String city;
    @Column(length = 100)
    private String region;
    @Column(name = "postal_code", length = 20)
    private String postalCode;
    @Column(length = 100)
    private String country;

    @Column(name = "emergency_name", length = 200)
    private String emergencyContactName;
    @Column(name = "emergency_relationship", length = 100)
    private String emergencyContactRelationship;
    @Column(name = "emergency_phone", length = 40)
    private String emergencyContactPhone;

    @Column(name = "consent_email", nullable = false)
    private boolean consentEmail;
    @Column(name = "consent_sms", nullable = false)
    private boolean consentSms;
    @Column(name = "consent_phone", nullable = false)
    private boolean consentPhone;
    @Column(name = "consent_post", nullable = false)
    private boolean consentPost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClientStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Client() {
    }

    public Client(ClientDetails details, Instant now) {
        this.createdAt = Objects.requireNonNull(now);
        apply(details, now);
    }

    /** Takes over every editable field; the caller has validated the details. */
    public final void apply(ClientDetails details, Instant now) {
        ClientDetails d = details.normalized();
        if (d.getLegalFirstName() == null || d.getLegalLastName() == null) {
            throw new IllegalArgumentException("A client needs a legal first and last name");
        }
        legalFirstName = d.getLegalFirstName();
        legalLastName = d.getLegalLastName();
        preferredName = d.getPreferredName();
        pronouns = d.getPronouns();
        dateOfBirth = d.getDateOfBirth();
        email = d.getEmail();
        phone = d.getPhone();
        phoneDigitsReversed = reversedDigits(d.getPhone());
        lastNameTail = lastNameTailOf(legalLastName);
        addressLine1 = d.getAddressLine1();
        addressLine2 = d.getAddressLine2();
        city = d.getCity();
        region = d.getRegion();
        postalCode = d.getPostalCode();
        country = d.getCountry();
        emergencyContactName = d.getEmergencyContactName();
        emergencyContactRelationship = d.getEmergencyContactRelationship();
        emergencyContactPhone = d.getEmergencyContactPhone();
        consentEmail = d.isConsentEmail();
        consentSms = d.isConsentSms();
        consentPhone = d.isConsentPhone();
        consentPost = d.isConsentPost();
        status = Objects.requireNonNullElse(d.getStatus(), ClientStatus.ENQUIRY);
        updatedAt = now;
    }

    /** Called once, after the insert gave this client its id. */
    public void assignChartNumber() {
        if (chartNumber != null) {
            throw new IllegalStateException("Chart number already assigned");
        }
        chartNumber = ChartNumber.forSequence(Objects.requireNonNull(id, "id")).value();
    }

    /** A detached copy of the editable fields, for a form or the API. */
    public ClientDetails details() {
        ClientDetails d = new ClientDetails();
        d.setLegalFirstName(legalFirstName);
        d.setLegalLastName(legalLastName);
        d.setPreferredName(preferredName);
        d.setPronouns(pronouns);
        d.setDateOfBirth(dateOfBirth);
        d.setEmail(email);
        d.setPhone(phone);
        d.setAddressLine1(addressLine1);
        d.setAddressLine2(addressLine2);
        d.setCity(city);
        d.setRegion(region);
        d.setPostalCode(postalCode);
        d.setCountry(country);
        d.setEmergencyContactName(emergencyContactName);
        d.setEmergencyContactRelationship(emergencyContactRelationship);
        d.setEmergencyContactPhone(emergencyContactPhone);
        d.setConsentEmail(consentEmail);
        d.setConsentSms(consentSms);
        d.setConsentPhone(consentPhone);
        d.setConsentPost(consentPost);
        d.setStatus(status);
        return d;
    }

    /** "Preferred (Legal) Last", or "Legal Last" when there is no preferred name. */
    public String getDisplayName() {
        String first = preferredName != null && !preferredName.equals(legalFirstName)
                ? preferredName + " (" + legalFirstName + ")"
                : legalFirstName;
        return first + " " + legalLastName;
    }

    /** The digits of a phone number, without leading zeros (trunk prefixes), reversed; null when none. */
    public static String reversedDigits(String phone) {
        return phone == null ? null : reverse(phone.replaceAll("\\D", "").replaceFirst("^0+", ""));
    }

    /** The digits as typed, reversed, zeros kept: "0018" is the end of a number, not "18". */
    public static String reversedDigitsAsTyped(String phone) {
        return phone == null ? null : reverse(phone.replaceAll("\\D", ""));
    }

    private static String reverse(String digits) {
        return digits.isEmpty() ? null : new StringBuilder(digits).reverse().toString();
    }

    /** What follows the first space or hyphen of a last name, for search; null when nothing does. */
    public static String lastNameTailOf(String lastName) {
        int cut = -1;
        for (int i = 0; i < lastName.length(); i++) {
            if (lastName.charAt(i) == ' ' || lastName.charAt(i) == '-') {
                cut = i;
                break;
            }
        }
        String tail = cut < 0 ? "" : lastName.substring(cut + 1).strip();
        return tail.isEmpty() ? null : tail;
    }

    public Long getId() { return id; }
    public String getChartNumber() { return chartNumber; }
    public String getLegalFirstName() { return legalFirstName; }
    public String getLegalLastName() { return legalLastName; }
    public String getPreferredName() { return preferredName; }
    public String getPronouns() { return pronouns; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getAddressLine1() { return addressLine1; }
    public String getAddressLine2() { return addressLine2; }
    public String getCity() { return city; }
    public String getRegion() { return region; }
    public String getPostalCode() { return postalCode; }
    public String getCountry() { return country; }
    public String getEmergencyContactName() { return emergencyContactName; }
    public String getEmergencyContactRelationship() { return emergencyContactRelationship; }
    public String getEmergencyContactPhone() { return emergencyContactPhone; }
    public boolean isConsentEmail() { return consentEmail; }
    public boolean isConsentSms() { return consentSms; }
    public boolean isConsentPhone() { return consentPhone; }
    public boolean isConsentPost() { return consentPost; }
    public ClientStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
