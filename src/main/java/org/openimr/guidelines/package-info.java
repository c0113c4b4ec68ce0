/** The MTUS as versioned data, and the choice of the edition in force on a date. */
@ApplicationModule(displayName = "guidelines", allowedDependencies = {"shared"})
package org.openimr.guidelines;

import org.springframework.modulith.ApplicationModule;
