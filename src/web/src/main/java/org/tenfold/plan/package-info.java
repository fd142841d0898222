/**
 * Treatment plans on the web: the plan API, the framework API, the administrator's framework
 * screen, and the plans due for review on the home page.
 */
package org.tenfold.plan;
