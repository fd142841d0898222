package org.tenfold.client;

import java.io.Serializable;
import java.time.Instant;

/**
 * A client's record as screens and the API show it: the details staff type, plus the chart number, the
 * stage and the version an edit sends back. Built inside the transaction from the entity, never the entity
 * itself; a plain bean with getters, so the list's sortable columns keep their property names.
 */
public final class ClientView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String chartNumber;
    private final String displayName;
    private final ClientStatus status;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;
    private final ClientDetails details;

    private ClientView(Client c) {
        this.id = c.getId();
        this.chartNumber = c.getChartNumber();
        this.displayName = c.getDisplayName();
        this.status = c.getStatus();
        this.createdAt = c.getCreatedAt();
        this.updatedAt = c.getUpdatedAt();
        this.version = c.getVersion();
        this.details = c.details();
    }

    public static ClientView of(Client c) {
        return new ClientView(c);
    }

    /** A copy of the editable fields, for a form. */
    public ClientDetails details() {
        ClientDetails copy = new ClientDetails();
        copy.setLegalFirstName(details.getLegalFirstName());
        copy.setLegalLastName(details.getLegalLastName());
        copy.setPreferredName(details.getPreferredName());
        copy.setPronouns(details.getPronouns());
        copy.setDateOfBirth(details.getDateOfBirth());
        copy.setEmail(details.getEmail());
        copy.setPhone(details.getPhone());
        copy.setAddressLine1(details.getAddressLine1());
        copy.setAddressLine2(details.getAddressLine2());
        copy.setCity(details.getCity());
        copy.setRegion(details.getRegion());
        copy.setPostalCode(details.getPostalCode());
        copy.setCountry(details.getCountry());
        copy.setEmergencyContactName(details.getEmergencyContactName());
        copy.setEmergencyContactRelationship(details.getEmergencyContactRelationship());
        copy.setEmergencyContactPhone(details.getEmergencyContactPhone());
        copy.setConsentEmail(details.isConsentEmail());
        copy.setConsentSms(details.isConsentSms());
        copy.setConsentPhone(details.isConsentPhone());
        copy.setConsentPost(details.isConsentPost());
        copy.setStatus(status);
        return copy;
    }

    public long getId() { return id; }
    public String getChartNumber() { return chartNumber; }
    public String getDisplayName() { return displayName; }
    public ClientStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public String getLegalFirstName() { return details.getLegalFirstName(); }
    public String getLegalLastName() { return details.getLegalLastName(); }
    public String getPreferredName() { return details.getPreferredName(); }
    public String getPronouns() { return details.getPronouns(); }
    public java.time.LocalDate getDateOfBirth() { return details.getDateOfBirth(); }
    public String getEmail() { return details.getEmail(); }
    public String getPhone() { return details.getPhone(); }
    public String getAddressLine1() { return details.getAddressLine1(); }
    public String getAddressLine2() { return details.getAddressLine2(); }
    public String getCity() { return details.getCity(); }
    public String getRegion() { return details.getRegion(); }
    public String getPostalCode() { return details.getPostalCode(); }
    public String getCountry() { return details.getCountry(); }
    public String getEmergencyContactName() { return details.getEmergencyContactName(); }
    public String getEmergencyContactRelationship() { return details.getEmergencyContactRelationship(); }
    public String getEmergencyContactPhone() { return details.getEmergencyContactPhone(); }
    public boolean isConsentEmail() { return details.isConsentEmail(); }
    public boolean isConsentSms() { return details.isConsentSms(); }
    public boolean isConsentPhone() { return details.isConsentPhone(); }
    public boolean isConsentPost() { return details.isConsentPost(); }
}
