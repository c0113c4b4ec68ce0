/** Published decisions: ingest, storage, search, analytics and open data. */
@ApplicationModule(displayName = "library", allowedDependencies = {"shared", "shared :: cli", "letters", "casefile",
        "determination"})
package org.openimr.library;

import org.springframework.modulith.ApplicationModule;
