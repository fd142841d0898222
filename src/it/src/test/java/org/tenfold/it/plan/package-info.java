/** Treatment-plan tests: the step records of a case (boundaries, milestones, education, self-care). */
package org.tenfold.it.plan;
