/**
 * Consent screens: the chart's consent records, recording a decision on the wording in use and
 * withdrawing one, within what the consent service allows each role.
 */
package org.tenfold.consent;
