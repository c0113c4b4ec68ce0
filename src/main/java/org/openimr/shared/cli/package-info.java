/** Command-line options that every module's commands share: where the database is. */
@NamedInterface("cli")
package org.openimr.shared.cli;

import org.springframework.modulith.NamedInterface;
