/**
 * Clinical documents as PDF: plain records in (a treatment plan, a progress report), PDF bytes out, with
 * no container and no JPA, so it is unit-tested in milliseconds. {@link org.tenfold.report.ReportEngine}
 * lays out pages with one embedded Unicode font; {@link org.tenfold.report.PlanPdf} and
 * {@link org.tenfold.report.ProgressReportPdf} write the documents; {@link org.tenfold.report.PdfProtection}
 * locks one with a password.
 */
package org.tenfold.report;
