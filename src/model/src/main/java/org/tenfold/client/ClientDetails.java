package org.tenfold.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What staff type about a client: the editable part of a {@link Client}. A plain bean so that the
 * same object backs the screen form, the JSON API and the service's validation.
 */
public class ClientDetails implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final String PHONE = "^[+0-9 ()./-]{5,40}$";
    static final String PHONE_MESSAGE = "must be a phone number: digits, spaces, + ( ) - . /";

    @NotBlank(message = "Legal first name is required")
    @Size(max = 100, message = "Legal first name is at most 100 characters")
    private String legalFirstName;

    @NotBlank(message = "Legal last name is required")
    @Size(max = 100, message = "Legal last name is at most 100 characters")
    private String legalLastName;

    @Size(max = 100, message = "Preferred name is at most 100 characters")
    private String preferredName;

    @Size(max = 40, message = "Pronouns are at most 40 characters")
    private String pronouns;

    @Past(message = "Date of birth must be in the past")
    private LocalDate dateOfBirth;

    @Email(message = "Email is not a valid address")
    @Size(max = 254, message = "Email is at most 254 characters")
    private String email;

    @Pattern(regexp = PHONE, message = "Phone " + PHONE_MESSAGE)
    private String phone;

    @Size(max = 200, message = "Address line 1 is at most 200 characters")
    private String addressLine1;

    @Size(max = 200, message = "Address line 2 is at most 200 characters")
    private String addressLine2;

    @Size(max = 100, message = "City is at most 100 characters")
    private String city;

    @Size(max = 100, message = "Region is at most 100 characters")
    private String region;

    @Size(max = 20, message = "Postal code is at most 20 characters")
    private String postalCode;

    @Size(max = 100, message = "Country is at most 100 characters")
    private String country;

    @Size(max = 200, message = "Emergency contact name is at most 200 characters")
    private String emergencyContactName;

    @Size(max = 100, message = "Emergency contact relationship is at most 100 characters")
    private String emergencyContactRelationship;

    @Pattern(regexp = PHONE, message = "Emergency contact phone " + PHONE_MESSAGE)
    private String emergencyContactPhone;

    private boolean consentEmail;
    private boolean consentSms;
    private boolean consentPhone;
    private boolean consentPost;

    @NotNull(message = "Status is required")
    private ClientStatus status = ClientStatus.ENQUIRY;

    public ClientDetails() {
    }

    /** A copy with every text trimmed and blank texts turned into nulls. */
    public ClientDetails normalized() {
        ClientDetails d = new ClientDetails();
        d.legalFirstName = clean(legalFirstName);
        d.legalLastName = clean(legalLastName);
        d.preferredName = clean(preferredName);
        d.pronouns = clean(pronouns);
        d.dateOfBirth = dateOfBirth;
        d.email = clean(email);
        d.phone = clean(phone);
        d.addressLine1 = clean(addressLine1);
        d.addressLine2 = clean(addressLine2);
        d.city = clean(city);
        d.region = clean(region);
        d.postalCode = clean(postalCode);
        d.country = clean(country);
        d.emergencyContactName = clean(emergencyContactName);
        d.emergencyContactRelationship = clean(emergencyContactRelationship);
        d.emergencyContactPhone = clean(emergencyContactPhone);
        d.consentEmail = consentEmail;
        d.consentSms = consentSms;
        d.consentPhone = consentPhone;
        d.consentPost = consentPost;
        d.status = status;
        return d;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    public String getLegalFirstName() { return legalFirstName; }
    public void setLegalFirstName(String v) { legalFirstName = v; }
    public String getLegalLastName() { return legalLastName; }
    public void setLegalLastName(String v) { legalLastName = v; }
    public String getPreferredName() { return preferredName; }
    public void setPreferredName(String v) { preferredName = v; }
    public String getPronouns() { return pronouns; }
    public void setPronouns(String v) { pronouns = v; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate v) { dateOfBirth = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String v) { addressLine1 = v; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String v) { addressLine2 = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { postalCode = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public String getEmergencyContactName() { return emergencyContactName; }
    public void setEmergencyContactName(String v) { emergencyContactName = v; }
    public String getEmergencyContactRelationship() { return emergencyContactRelationship; }
    public void setEmergencyContactRelationship(String v) { emergencyContactRelationship = v; }
    public String getEmergencyContactPhone() { return emergencyContactPhone; }
    public void setEmergencyContactPhone(String v) { emergencyContactPhone = v; }
    public boolean isConsentEmail() { return consentEmail; }
    public void setConsentEmail(boolean v) { consentEmail = v; }
    public boolean isConsentSms() { return consentSms; }
    public void setConsentSms(boolean v) { consentSms = v; }
    public boolean isConsentPhone() { return consentPhone; }
    public void setConsentPhone(boolean v) { consentPhone = v; }
    public boolean isConsentPost() { return consentPost; }
    public void setConsentPost(boolean v) { consentPost = v; }
    public ClientStatus getStatus() { return status; }
    public void setStatus(ClientStatus v) { status = v; }
}
