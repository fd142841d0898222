package org.tenfold.intake;

import jakarta.validation.constraints.Size;
import org.tenfold.client.ClientDetails;

/**
 * An enquiry as front desk types it: the client's details (as for registering a client; the status
 * is always ENQUIRY) plus how they heard of the clinic, their reason in their own non-clinical words,
 * and the counsellor and times they would prefer.
 */
public class NewEnquiry extends ClientDetails {

    @Size(max = 200, message = "How they heard of us is at most 200 characters")
    private String heardAbout;
    @Size(max = 1000, message = "The reason is at most 1,000 characters")
    private String reason;
    private Long preferredCounsellorId;
    @Size(max = 500, message = "Preferred times are at most 500 characters")
    private String preferredTimes;

    public String getHeardAbout() { return heardAbout; }
    public void setHeardAbout(String v) { heardAbout = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public Long getPreferredCounsellorId() { return preferredCounsellorId; }
    public void setPreferredCounsellorId(Long v) { preferredCounsellorId = v; }
    public String getPreferredTimes() { return preferredTimes; }
    public void setPreferredTimes(String v) { preferredTimes = v; }
}
