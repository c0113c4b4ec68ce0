/** The command line of the cases module: {@code openimr letter render}. */
package org.openimr.cases.cli;
