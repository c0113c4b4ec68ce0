/** The {@code openimr letters} commands, exposed to the launcher ({@code org.openimr.OpenImr}). */
@NamedInterface("cli")
package org.openimr.letters.cli;

import org.springframework.modulith.NamedInterface;
