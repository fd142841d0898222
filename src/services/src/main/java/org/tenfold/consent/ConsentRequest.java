package org.tenfold.consent;

/**
 * A decision to record: the kind, the exact wording version the client read, and the decision
 * (GIVEN / WITHDRAWN; SHARE / DO_NOT_SHARE for PARTNER_SHARING). For ELECTRONIC_COMMUNICATION a
 * GIVEN decision names the channels.
 */
public class ConsentRequest {
    public ConsentKind kind;
    public Integer version;
    public ConsentDecision decision;
    public boolean email;
    public boolean sms;
}
