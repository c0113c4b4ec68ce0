package org.openimr.guidelines.internal;

import java.util.List;
import org.openimr.guidelines.Edition;
import org.openimr.guidelines.GuidelineDocument;
import org.openimr.guidelines.Recommendation;
import org.openimr.guidelines.Vocabulary;

/** Everything the guideline data files hold, read and checked. */
public record CatalogueData(Vocabulary vocabulary, List<GuidelineDocument> documents, List<Edition> editions,
        List<Recommendation> recommendations) {
}
