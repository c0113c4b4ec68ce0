/** The {@code openimr letter} commands, exposed to the launcher ({@code org.openimr.OpenImr}). */
@NamedInterface("cli")
package org.openimr.cases.cli;

import org.springframework.modulith.NamedInterface;
