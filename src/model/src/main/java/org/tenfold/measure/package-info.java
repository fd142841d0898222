/**
 * Outcome measures: questionnaires (instruments) as versioned definitions, their one scoring rule, and what
 * clients and couples answer on them (assignments, responses, answers), each response a member's own record.
 */
package org.tenfold.measure;
