/** The reviewer panel: credentials, affiliations, conflict screening, matching and workload. */
@ApplicationModule(displayName = "reviewers", allowedDependencies = {"shared"})
package org.openimr.reviewers;

import org.springframework.modulith.ApplicationModule;
