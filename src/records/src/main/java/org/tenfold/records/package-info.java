/** Secret files shared by the server and the launcher: passwords and keys, readable by their owner only. */
package org.tenfold.records;
