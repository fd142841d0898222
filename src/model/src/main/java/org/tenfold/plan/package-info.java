/**
 * Treatment plans on the clinic's ten-step framework: the steps as reference data, and per case a
 * versioned plan of goals (each on one step, for one member or the couple) with objectives.
 */
package org.tenfold.plan;
