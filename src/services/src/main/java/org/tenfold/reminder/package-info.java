/**
 * Appointment reminders by email: planned in the same transaction as the appointment change,
 * claimed in the database by one server, written discreetly at send time and sent through the
 * domain's mail session.
 */
package org.tenfold.reminder;
