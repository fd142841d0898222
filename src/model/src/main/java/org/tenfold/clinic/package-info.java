/**
 * Clinic-wide settings an administrator keeps: the clinic's name, time zone, letterhead (address,
 * contact lines, logo), reminder and session-note settings.
 */
package org.tenfold.clinic;
