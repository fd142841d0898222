/**
 * Staff's side of the client portal: inviting a client, the chart's portal panel (the account, the last
 * sign-in, the reports opened, what the client wrote about their work), front desk's late cancellation
 * requests, and the portal's settings; on screen and through the API.
 */
package org.tenfold.portal;
