/** Outcome measures against the real server: catalogue, assignments, links, answers, scores, risk, privacy, screens. */
package org.tenfold.it.measure;
