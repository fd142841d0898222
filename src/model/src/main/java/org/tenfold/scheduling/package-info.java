/**
 * Scheduling: rooms, counsellors' working hours and time off, and appointments, which never overlap
 * for a counsellor, a room or a client.
 */
package org.tenfold.scheduling;
