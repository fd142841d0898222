/**
 * Records that belong to particular steps of the ten-step framework, kept per case so that a revised
 * treatment plan never copies them: boundaries (step 4) with their history, milestones (step 7), the
 * education catalogue and its assignments (step 8), and each member's self-care activities (step 9).
 */
package org.tenfold.plan.records;
