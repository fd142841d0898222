/**
 * Booking and cancelling appointments under the rule that no counsellor, room or client is ever in
 * two overlapping appointments; rooms, working hours and time off.
 */
package org.tenfold.scheduling;
