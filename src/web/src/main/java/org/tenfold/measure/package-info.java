/**
 * Outcome measures on screen and over the API: the questionnaire catalogue, assignments, responses typed in from
 * paper, scores and charts, the client's one-time answering page, and the questionnaires a report charts.
 */
package org.tenfold.measure;
