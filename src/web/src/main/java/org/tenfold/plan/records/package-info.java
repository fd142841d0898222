/**
 * The step records' JSON API: boundaries, milestones, education assignments and self-care under
 * {@code /api/cases/{caseId}/...}, everything at once under {@code /api/cases/{caseId}/step-records},
 * and the clinic's catalogue under {@code /api/education-catalogue}. The services decide access.
 */
package org.tenfold.plan.records;
