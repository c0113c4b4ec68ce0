/** The IMR case lifecycle, from application to the issued Final Determination Letter. */
@ApplicationModule(displayName = "cases", allowedDependencies = {"shared", "letters", "casefile", "determination", "reviewers"})
package org.openimr.cases;

import org.springframework.modulith.ApplicationModule;
