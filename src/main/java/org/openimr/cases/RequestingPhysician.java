package org.openimr.cases;

import java.util.Objects;
import java.util.Optional;

/** The physician who asked for the treatment that utilization review denied or modified. */
public record RequestingPhysician(PersonName name, Optional<String> specialty) {

    public RequestingPhysician {
        Objects.requireNonNull(name, "name");
        specialty = Objects.requireNonNull(specialty, "specialty").map(String::strip).filter(s -> !s.isEmpty());
    }

    /** "Dr. Ana Ruiz (Orthopedic Surgery)". */
    public String describe() {
        return "Dr. " + name.fullName() + specialty.map(s -> " (" + s + ")").orElse("");
    }
}
