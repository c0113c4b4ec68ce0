/** The {@code openimr library} commands, exposed to the launcher ({@code org.openimr.OpenImr}). */
@NamedInterface("cli")
package org.openimr.library.cli;

import org.springframework.modulith.NamedInterface;
