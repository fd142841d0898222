/**
 * The frame around every screen: the clinic's name, the menu each role may use, who is signed in.
 */
package org.tenfold.shell;
