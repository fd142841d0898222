/**
 * The clinical part of the client's chart: cases, intake, break-the-glass. Every read goes through
 * the care and intake services, which decide (and audit) access whatever id the screen sends.
 */
package org.tenfold.care;
