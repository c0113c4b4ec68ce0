/** Interpreting disputed items, evaluating them against the guidelines and the facts, and drafting determinations. */
@ApplicationModule(displayName = "determination", allowedDependencies = {"shared", "guidelines", "casefile"})
package org.openimr.determination;

import org.springframework.modulith.ApplicationModule;
