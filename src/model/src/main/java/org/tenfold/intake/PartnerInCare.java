package org.tenfold.intake;

/** Whether the partner is, or will be, in care at the clinic. */
public enum PartnerInCare {
    YES,
    WILL_BE,
    NO,
    NO_PARTNER
}
