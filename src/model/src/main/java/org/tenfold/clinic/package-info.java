/**
 * Clinic-wide settings an administrator keeps: the clinic's name and time zone.
 */
package org.tenfold.clinic;
