/**
 * The client portal's records: each client's own sign-in account (a separate identity store from staff), its
 * one-time links (invitation, new password), what a client writes back about their work, and their requests to
 * front desk to cancel an appointment late.
 */
package org.tenfold.portal;
