/**
 * Appointment reminders by email: one row per message to one attendee, claimed by a single server
 * before it is sent, so each is sent at most once however many servers run.
 */
package org.tenfold.reminder;
