/**
 * The waitlist: who is waiting for which counsellor, days and times; who fits a freed slot; booking
 * one of them into it in one step, under the scheduling service's checks.
 */
package org.tenfold.waitlist;
