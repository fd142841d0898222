package org.tenfold.consent;

/** What a consent is about. */
public enum ConsentKind {
    TREATMENT,
    PRIVACY_AND_LIMITS,
    /** Email and SMS; keeps the client's consentEmail and consentSms in step. */
    ELECTRONIC_COMMUNICATION,
    /** In couples work: whether what this partner says individually may be shared. */
    PARTNER_SHARING;

    /** The decisions this kind takes: SHARE / DO_NOT_SHARE for partner sharing, GIVEN / WITHDRAWN otherwise. */
    public boolean accepts(ConsentDecision decision) {
        return (this == PARTNER_SHARING) == (decision == ConsentDecision.SHARE || decision == ConsentDecision.DO_NOT_SHARE);
    }
}
