package org.openimr.determination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openimr.guidelines.RequestKind;
import org.openimr.shared.BodyRegion;
import org.openimr.shared.RequestCategory;
import org.openimr.shared.Side;

/**
 * A disputed item's request text read into what the guidelines address: the DWC category, the kind of treatment,
 * body regions and side, modalities, quantity, drug. Everything but the text and category may be unknown; the engine
 * refers a request it cannot interpret rather than guess.
 *
 * @param text          the request as the item states it
 * @param category      the DWC category and subcategory
 * @param rule          the id of the classification rule that decided the category (null when unclassified)
 * @param kind          the guidelines' request kind, when the text names a treatment the guideline data addresses
 * @param modalities    codes of the guideline vocabulary's modalities the text names (tens, emg, medial_branch_block...)
 * @param regions       body regions named, in text order
 * @param side          the side, when the text states one
 * @param quantity      how much is asked for
 * @param drug          the drug, for a pharmaceutical request (a drug given by injection with no procedure or site
 *                      named, "Toradol 60 mg IM", is one, read with the injected route)
 * @param injectate     for an injection procedure that names what is injected ("TPI with lidocaine", "lumbar ESI
 *                      with Depo-Medrol"), the generic names of those drugs the drug table knows, in text order:
 *                      what the procedure delivers, not a drug request
 * @param surgery       for a surgical request, the operation as a code of the vocabulary's surgeries
 * @param additional    the text asks for more of a treatment already given ("additional", "continued", "repeat")
 * @param retrospective the text asks for a treatment already given ("retrospective", "DOS:")
 * @param purchase      the text asks to buy equipment rather than rent it
 */
public record InterpretedRequest(String text, RequestCategory category, String rule, Optional<RequestKind> kind,
        List<String> modalities, List<BodyRegion> regions, Optional<Side> side, RequestedQuantity quantity,
        Optional<RequestedDrug> drug, List<String> injectate, Optional<String> surgery, boolean additional, boolean retrospective,
        boolean purchase) {

    public InterpretedRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        modalities = List.copyOf(modalities);
        regions = List.copyOf(regions);
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(drug, "drug");
        injectate = List.copyOf(injectate);
        Objects.requireNonNull(surgery, "surgery");
    }

    /** The same request read as another operation it names (one procedure of a combined request). */
    public InterpretedRequest withSurgery(String code) {
        return new InterpretedRequest(text, category, rule, kind, modalities, regions, side, quantity, drug, injectate,
                Optional.of(code), additional, retrospective, purchase);
    }

    public boolean isInterpreted() {
        return kind.isPresent();
    }

    public Optional<BodyRegion> region() {
        return regions.isEmpty() ? Optional.empty() : Optional.of(regions.get(0));
    }

    /**
     * The request as read, in one line for a reader to check: "physical_therapy; lumbar spine; 8 (2 a week for 4
     * weeks); additional".
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(kind.map(k -> k.name().toLowerCase(Locale.ROOT))
                .orElse("no treatment the guideline data addresses"));
        surgery.ifPresent(op -> parts.add("operation " + op));
        if (!modalities.isEmpty()) {
            parts.add(String.join(", ", modalities));
        }
        if (!regions.isEmpty()) {
            parts.add(regions.stream().map(BodyRegion::phrase).collect(Collectors.joining(", "))
                    + side.map(s -> " (" + s.name().toLowerCase(Locale.ROOT) + ")").orElse(""));
        }
        if (quantity.isStated()) {
            parts.add(quantity.describe());
        }
        drug.ifPresent(d -> parts.add(d.name() + d.strength().map(st -> " " + st).orElse("")
                + (d.count().isPresent() ? " #" + d.count().getAsInt() : "") + ", "
                + d.route().name().toLowerCase(Locale.ROOT)));
        if (!injectate.isEmpty()) {
            parts.add("injecting " + String.join(", ", injectate));
        }
        if (additional) {
            parts.add("additional");
        }
        if (retrospective) {
            parts.add("retrospective");
        }
        if (purchase) {
            parts.add("purchase");
        }
        return String.join("; ", parts);
    }
}
