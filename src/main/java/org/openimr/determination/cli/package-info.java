/** The {@code openimr determine} command, exposed to the launcher ({@code org.openimr.OpenImr}). */
@NamedInterface("cli")
package org.openimr.determination.cli;

import org.springframework.modulith.NamedInterface;
