/**
 * Treatment plans: the ten-step framework (read by every plan screen, reworded by administrators),
 * versioned plans per case with goals and objectives, templates, signing, revising, comparing
 * versions, and the plans due for review.
 */
package org.tenfold.plan;
