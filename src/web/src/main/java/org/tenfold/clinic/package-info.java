/** The administrator's clinic settings screen. */
package org.tenfold.clinic;
