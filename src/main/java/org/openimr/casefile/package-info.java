/** Documents of a case file and the clinical facts extracted from them, each with its provenance. */
@ApplicationModule(displayName = "casefile", allowedDependencies = {"shared"})
package org.openimr.casefile;

import org.springframework.modulith.ApplicationModule;
