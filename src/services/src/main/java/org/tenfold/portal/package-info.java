/**
 * The client portal's services: accounts by invitation (a separate identity store from staff), signing in with
 * the staff's throttle, hashing gate and lockout, what a client reads of their own records (every case record
 * through {@code Disclosure.forPortal}, every read audited with the client as actor), what they do there, and
 * the staff's side of it (inviting, the chart's portal panel, front desk's cancellation requests, settings).
 */
package org.tenfold.portal;
