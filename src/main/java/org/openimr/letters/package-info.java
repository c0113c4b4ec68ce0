/** The Final Determination Letter: its typed model, the parsers for every known layout, rendering and redaction. */
@ApplicationModule(displayName = "letters", allowedDependencies = {"shared"})
package org.openimr.letters;

import org.springframework.modulith.ApplicationModule;
