/**
 * The waitlist screen: who waits for which counsellor, days and times, and one-click booking of
 * those who fit a slot that a cancellation freed.
 */
package org.tenfold.waitlist;
