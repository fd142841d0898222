/** The administrator's reminder settings, on the clinic settings screen. */
package org.tenfold.reminder;
