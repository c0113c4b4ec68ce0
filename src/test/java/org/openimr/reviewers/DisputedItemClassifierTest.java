package org.openimr.reviewers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisputedItemClassifierTest {

    private static final DisputedItemClassifier CLASSIFIER = DisputedItemClassifier.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MRI of the lumbar spine without contrast          | Diagnostic Testing / Imaging / lumbar spine",
        "EMG/NCV of the bilateral upper extremities        | Diagnostic Testing / EMG/NCV/NCS / upper extremities",
        "Tramadol 50mg #60                                 | Pharmaceuticals / Opioids / unspecified",
        "Gabapentin 10%, Cyclobenzaprine 6% in cream base  | Pharmaceuticals / Topical Compounds / unspecified",
        "Lidocaine 5% patch #1                             | Pharmaceuticals / Topical Analgesics / unspecified",
        "Post-op Percocet 5/325mg                          | Pharmaceuticals / Opioids / unspecified",
        "Right shoulder arthroscopy and decompression      | Surgery / Arthroscopic / shoulder",
        "Associated surgical service: Cold therapy unit    | Surgery / Adjunct Surgical Services / unspecified",
        "Myofascial release to the low back                | Rehabilitation / Other Therapies / lumbar spine",
        "Chiropractic evaluation, lumbar spine, left knee  | Rehabilitation / Chiropractic / multiple",
        "Acupuncture for the cervical and thoracic spine   | Rehabilitation / Acupuncture / spine",
        "TENS unit                                         | DMEPOS / Electrical Stimulation / unspecified",
        "Lumbar Spine Epidural Injection at L4-5           | Injection / Injection / lumbar spine",
        "Transportation to/from all medical appointments   | Transportation / unspecified",
        "Something nobody has asked for                    | Evaluation & Management / unspecified",
    })
    void sortsRequestsIntoTheDwcTaxonomy(String request, String expected) {
        assertThat(CLASSIFIER.classify(request).describe()).isEqualTo(expected);
    }
}
