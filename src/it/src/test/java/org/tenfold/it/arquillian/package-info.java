/**
 * Arquillian made to deploy the real EAR once per test run: the first test class deploys it, every later
 * class uses that same deployment, and it is undeployed when the run ends.
 */
package org.tenfold.it.arquillian;
