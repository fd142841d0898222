package org.tenfold.client;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.tenfold.client.ClientView;
import org.tenfold.client.ClientDetails;

/** A client as the API shows it: the editable details plus what the clinic assigns. */
@JsonbPropertyOrder({"id", "chartNumber", "version", "displayName"})
public class ClientJson extends ClientDetails {

    private Long id;
    private String chartNumber;
    private long version;
    private String displayName;
    private Instant createdAt;
    private Instant updatedAt;

    static ClientJson of(ClientView c) {
        ClientJson j = new ClientJson();
        ClientDetails d = c.details();
        j.setLegalFirstName(d.getLegalFirstName());
        j.setLegalLastName(d.getLegalLastName());
        j.setPreferredName(d.getPreferredName());
        j.setPronouns(d.getPronouns());
        j.setDateOfBirth(d.getDateOfBirth());
        j.setEmail(d.getEmail());
        j.setPhone(d.getPhone());
        j.setAddressLine1(d.getAddressLine1());
        j.setAddressLine2(d.getAddressLine2());
        j.setCity(d.getCity());
        j.setRegion(d.getRegion());
        j.setPostalCode(d.getPostalCode());
        j.setCountry(d.getCountry());
        j.setEmergencyContactName(d.getEmergencyContactName());
        j.setEmergencyContactRelationship(d.getEmergencyContactRelationship());
        j.setEmergencyContactPhone(d.getEmergencyContactPhone());
        j.setConsentEmail(d.isConsentEmail());
        j.setConsentSms(d.isConsentSms());
        j.setConsentPhone(d.isConsentPhone());
        j.setConsentPost(d.isConsentPost());
        j.setStatus(d.getStatus());
        j.id = c.getId();
        j.chartNumber = c.getChartNumber();
        j.version = c.getVersion();
        j.displayName = c.getDisplayName();
        j.createdAt = c.getCreatedAt();
        j.updatedAt = c.getUpdatedAt();
        return j;
    }

    public Long getId() { return id; }
    public String getChartNumber() { return chartNumber; }
    public long getVersion() { return version; }
    public String getDisplayName() { return displayName; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
