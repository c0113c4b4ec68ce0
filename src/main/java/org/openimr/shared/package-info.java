/** Value types used everywhere: case numbers, outcomes, guideline citations, page ranges, the California business-day calendar. */
@ApplicationModule(displayName = "shared", allowedDependencies = {})
package org.openimr.shared;

import org.springframework.modulith.ApplicationModule;
