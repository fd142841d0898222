/**
 * Consents: the active wordings, a client's decisions (append-only; the latest row of a kind is the
 * current state) and what front desk may know of them (on file or not). The electronic
 * communication consent is where the client's email and SMS permissions are decided
 * ({@link org.tenfold.consent.ConsentChannels}).
 */
package org.tenfold.consent;
