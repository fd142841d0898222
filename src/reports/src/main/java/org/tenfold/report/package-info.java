/**
 * Progress reports as PDF: takes plain report data and returns PDF bytes, with no container and no
 * JPA, so it is unit-tested in milliseconds. The renderers arrive with the progress-report feature.
 */
package org.tenfold.report;
