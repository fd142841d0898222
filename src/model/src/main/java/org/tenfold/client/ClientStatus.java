package org.tenfold.client;

/** Where a person stands with the clinic. */
public enum ClientStatus {
    ENQUIRY("Enquiry"),
    WAITLIST("Waitlist"),
    ACTIVE("Active"),
    DISCHARGED("Discharged");

    private final String label;

    ClientStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
