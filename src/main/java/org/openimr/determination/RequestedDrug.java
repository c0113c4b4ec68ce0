package org.openimr.determination;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The drug a request asks for, read with the case file's one table of drug names: the name as written, its code and
 * classes in the guideline vocabulary, strength, count, route and, for a compounded product, its ingredients.
 *
 * @param name        as written ("Norco", "Flurbiprofen")
 * @param code        the guideline vocabulary's drug code, when the drug table gives one
 * @param classes     the guideline drug classes of the code (and {@code compounded_topical} for a compound)
 * @param strength    the strength as written ("10/325 mg", "5 %"), when given
 * @param milligrams  the first figure of the strength in mg, when the strength is in mg
 * @param count       units dispensed ("#90"), when given
 * @param dosesPerDay doses a day, when the request states a frequency ("three times a day")
 * @param route       oral, topical, transdermal or injected
 * @param ingredients for a compounded or combination topical product: the guideline ingredient codes it contains
 *                    (gabapentin, lidocaine_non_patch...) among those the guideline data names
 * @param components  the names of every drug found in the request (one for a single drug)
 */
public record RequestedDrug(String name, Optional<String> code, List<String> classes, Optional<String> strength,
        Optional<BigDecimal> milligrams, OptionalInt count, Optional<BigDecimal> dosesPerDay, Route route,
        List<String> ingredients, List<String> components) {

    public enum Route { ORAL, TOPICAL, TRANSDERMAL, INJECTED, UNSTATED }

    public RequestedDrug {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        classes = List.copyOf(classes);
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(milligrams, "milligrams");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(dosesPerDay, "doses per day");
        Objects.requireNonNull(route, "route");
        ingredients = List.copyOf(ingredients);
        components = List.copyOf(components);
    }

    public boolean isCompound() {
        return classes.contains("compounded_topical");
    }
}
