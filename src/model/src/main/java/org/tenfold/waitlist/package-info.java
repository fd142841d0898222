/**
 * The waitlist: clients waiting for a slot, with the counsellor, days and times they prefer, and
 * which of them fit a slot that a cancellation freed.
 */
package org.tenfold.waitlist;
