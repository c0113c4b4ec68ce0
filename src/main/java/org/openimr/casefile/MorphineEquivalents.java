package org.openimr.casefile;

import java.util.Collection;

import org.openimr.casefile.internal.OpioidConversionTable;

/**
 * Computes morphine equivalent doses with the conversion factors of {@code casefile/opioid-conversion.yaml}
 * (CDC 2016 factors; see the file for the source of each).
 */
public final class MorphineEquivalents {

    private static final MorphineEquivalents STANDARD = new MorphineEquivalents(OpioidConversionTable.standard());

    private final OpioidConversionTable table;

    private MorphineEquivalents(OpioidConversionTable table) {
        this.table = table;
    }

    public static MorphineEquivalents standard() {
        return STANDARD;
    }

    /** The MED of these medications; non-opioids are ignored. */
    public MorphineEquivalentDose of(Collection<Medication> medications) {
        return table.morphineEquivalentDose(medications);
    }
}
