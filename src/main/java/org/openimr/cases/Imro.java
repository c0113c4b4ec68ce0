package org.openimr.cases;

import java.util.List;
import java.util.Objects;

/** The Independent Medical Review Organization that sends the notices: its name and postal address. */
public record Imro(String name, List<String> address) {

    public Imro {
        Objects.requireNonNull(name, "name");
        address = List.copyOf(address);
    }
}
