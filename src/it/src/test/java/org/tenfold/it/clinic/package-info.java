/** Clinic settings tests: the letterhead of the clinic's documents. */
package org.tenfold.it.clinic;
