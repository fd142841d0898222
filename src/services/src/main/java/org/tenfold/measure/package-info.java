/**
 * Outcome measures: the questionnaire catalogue, assignments on a schedule per case member, one-time links by
 * email, answers kept as given, scores from the one scoring rule, critical answers acted on at once, charts,
 * report measures and the member's export; every member-owned read through the care package's Disclosure.
 */
package org.tenfold.measure;
