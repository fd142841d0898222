/**
 * Step records of a case: boundaries with their history (step 4), milestones (step 7), the education
 * catalogue and assignments (step 8), self-care plans (step 9), and {@link
 * org.tenfold.plan.records.StepRecordsService} grouping all four for a plan screen or a PDF.
 *
 * <p>Clinical, like the case itself: every method admits every staff role and asks
 * {@link org.tenfold.care.ClinicalAccess#requireCase}, so a refusal is audited with the clients' ids.
 * A member's own records (their milestones, assignments and self-care) follow the member-level rule
 * too: a counsellor who may use the case only as the other partner's own counsellor sees them only
 * when this member shares. Services hand out {@link org.tenfold.plan.records.StepRecordViews}.
 */
package org.tenfold.plan.records;
