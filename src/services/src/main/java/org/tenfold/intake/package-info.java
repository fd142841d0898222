/**
 * Enquiries (front desk: a new client in status ENQUIRY with how they heard of the clinic, why they
 * call, whom and when they would like to see) and intakes (clinical: draft, submit, with the risk
 * follow-up). Intake reads and writes go through {@link org.tenfold.care.ClinicalAccess}; front desk
 * may fill only the relationship basics of a draft ({@link org.tenfold.intake.IntakeAnswers#FRONT_DESK_FIELDS}).
 */
package org.tenfold.intake;
