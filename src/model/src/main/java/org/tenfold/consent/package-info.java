/**
 * Consents: the wording of each kind, versioned in the database, and each client's decisions,
 * append-only (a withdrawal or a changed sharing choice is a new row; the latest row of a kind is the
 * current state).
 */
package org.tenfold.consent;
