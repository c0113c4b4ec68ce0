package org.openimr.library;

import org.openimr.shared.RequestCategory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Synthetic request texts, written for this test, for every category of the DWC taxonomy. */
class RequestClassifierTest {

    static final RequestClassifier classifier = new RequestClassifier();

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            MRI of the thoracic spine with and without contrast         | Diagnostic Testing | Imaging
            Repeat CT scan of the left ankle                            | Diagnostic Testing | Imaging
            X-rays of the right wrist, three views                      | Diagnostic Testing | Imaging
            Diagnostic ultrasound of the right shoulder                 | Diagnostic Testing | Imaging
            Bone scan, whole body                                       | Diagnostic Testing | Imaging
            EMG/NCV of the left upper extremity                         | Diagnostic Testing | EMG/NCV/NCS
            Nerve conduction studies of both legs                       | Diagnostic Testing | EMG/NCV/NCS
            Urine drug screen, quarterly                                | Diagnostic Testing | Lab & Pathology
            Labs: CBC and chem panel                                    | Diagnostic Testing | Lab & Pathology
            Pre-operative labs - PT/PTT                                 | Diagnostic Testing | Lab & Pathology
            Functional capacity evaluation                              | Diagnostic Testing | Other Diagnostic Tests
            EKG before surgery                                          | Diagnostic Testing | Other Diagnostic Tests
            Sleep study                                                 | Diagnostic Testing | Other Diagnostic Tests
            TENS unit, 30 day rental                                    | DMEPOS | Electrical Stimulation
            H-wave device purchase                                      | DMEPOS | Electrical Stimulation
            Interferential stimulator for home use                      | DMEPOS | Electrical Stimulation
            Lumbar brace                                                | DMEPOS | Prosthetics/Orthotics
            Custom foot orthotics                                       | DMEPOS | Prosthetics/Orthotics
            Shoulder sling with pillow                                  | DMEPOS | Prosthetics/Orthotics
            Front-wheeled walker                                        | DMEPOS | DME
            Cold therapy unit for 14 days                               | DMEPOS | DME
            Home cervical traction unit                                 | DMEPOS | DME
            Electrodes for the stimulator unit, one month               | DMEPOS | Supplies
            Conductive garment and supplies                             | DMEPOS | Supplies
            Follow-up visit with the treating physician                 | Evaluation & Management | Medical Specialties
            Consultation with a neurologist                             | Evaluation & Management | Medical Specialties
            Internal medicine evaluation                                | Evaluation & Management | Medical Specialties
            Dental evaluation and treatment of two molars               | Evaluation & Management | Dental Services
            Home health aide four hours a day                           | Home Health | -
            Skilled nursing visits at home twice a week                 | Home Health | -
            Lumbar medial branch block at L4-L5 and L5-S1               | Injection | Facet Injection
            Radiofrequency ablation of the cervical facets              | Injection | Facet Injection
            Transforaminal epidural steroid injection at L5-S1          | Injection | Injection
            Trigger point injections to the trapezius, four             | Injection | Injection
            Platelet-rich plasma injection to the elbow                 | Injection | Injection
            Norco 10/325mg #90                                          | Pharmaceuticals | Opioids
            Oxycodone ER 20mg twice a day                               | Pharmaceuticals | Opioids
            Tramadol 50mg #60                                           | Pharmaceuticals | Opioids
            Butrans 10mcg/hour patch #4                                 | Pharmaceuticals | Opioids
            Naproxen sodium 550mg #60                                   | Pharmaceuticals | NSAID
            Celebrex 200mg daily                                        | Pharmaceuticals | NSAID
            Tizanidine 4mg #30                                          | Pharmaceuticals | Muscle Relaxant
            Soma 350mg #60                                              | Pharmaceuticals | Muscle Relaxant
            Lidoderm 5% patches #30                                     | Pharmaceuticals | Topical Analgesics
            Voltaren gel 1% 100g                                        | Pharmaceuticals | Topical Analgesics
            Ketoprofen 10%, Lidocaine 5%, Menthol 2% cream 120g         | Pharmaceuticals | Topical Compounds
            Compounded cream of gabapentin and amitriptyline            | Pharmaceuticals | Topical Compounds
            Lyrica 75mg #60                                             | Pharmaceuticals | Anti-epilepsy drugs
            Gabapentin 600mg three times daily                          | Pharmaceuticals | Anti-epilepsy drugs
            Cymbalta 60mg #30                                           | Pharmaceuticals | Antidepressant
            Xanax 0.5mg #30                                             | Pharmaceuticals | Benzodiazepine
            Omeprazole 20mg #60                                         | Pharmaceuticals | Proton Pump Inhibitors
            Ambien 10mg #30                                             | Pharmaceuticals | Sedative-hypnotics
            Medical marijuana                                           | Pharmaceuticals | Cannabinoids
            Synvisc-One injection to the left knee                      | Pharmaceuticals | Viscosupplementation
            Provigil 100mg #30                                          | Pharmaceuticals | Stimulants
            Fioricet #30                                                | Pharmaceuticals | Misc Analgesics
            Ondansetron 4mg #10                                         | Pharmaceuticals | Antiemetics
            Senna 8.6mg #60                                             | Pharmaceuticals | Other Medications
            Functional restoration program, 80 hours                    | Programs | Functional Restoration and Other Programs
            Interdisciplinary pain program evaluation                   | Programs | Functional Restoration and Other Programs
            Psychological evaluation                                    | Psych Services | Evaluation & Management
            Consultation with a psychiatrist                            | Psych Services | Evaluation & Management
            Cognitive behavioral therapy, six sessions                  | Psych Services | Therapies
            Biofeedback sessions x 6                                    | Psych Services | Therapies
            Acupuncture 2x4 to the neck                                 | Rehabilitation | Acupuncture
            Electroacupuncture, eight sessions                          | Rehabilitation | Acupuncture
            Chiropractic manipulation 1x6                               | Rehabilitation | Chiropractic
            Physical therapy 2x6 for the right shoulder                 | Rehabilitation | PT/OT
            Occupational therapy for the hand, 8 visits                 | Rehabilitation | PT/OT
            Aquatic therapy 12 sessions                                 | Rehabilitation | PT/OT
            Massage therapy 6 sessions                                  | Rehabilitation | Other Therapies
            Extracorporeal shockwave therapy to the heel                | Rehabilitation | Other Therapies
            Hot/cold packs therapy 2 times a week                       | Rehabilitation | Other Therapies
            L4-5 anterior lumbar interbody fusion                       | Surgery | Spine
            Cervical discectomy and fusion C5-6                         | Surgery | Spine
            Spinal cord stimulator trial                                | Surgery | Spine
            Right knee arthroscopy with partial medial meniscectomy     | Surgery | Arthroscopic
            Left carpal tunnel release                                  | Surgery | Non-arthroscopic
            Total knee arthroplasty, right                              | Surgery | Non-arthroscopic
            Assistant surgeon                                           | Surgery | Adjunct Surgical Services
            Pre-operative medical clearance                             | Surgery | Adjunct Surgical Services
            Orthopedic surgeon consultation for the left knee           | Surgery | Surgical Consult
            Transportation to and from medical appointments             | Transportation | -
            """)
    void classifiesEachCategory(String request, String category, String subcategory) {
        assertThat(classifier.classify(request)).isEqualTo(new RequestCategory(category, subcategory));
    }

    @Test
    void nothingMatchingIsOtherUnclassified() {
        RequestClassifier.Classification result = classifier.explain("Zebra crossing paint");
        assertThat(result.category()).isEqualTo(RequestCategory.UNCLASSIFIED);
        assertThat(result.category().isUnclassified()).isTrue();
        assertThat(result.category().label()).isEqualTo("Other / Unclassified");
        assertThat(result.ruleId()).isNull();
        assertThat(classifier.classify("")).isEqualTo(RequestCategory.UNCLASSIFIED);
        assertThat(classifier.classify(null)).isEqualTo(RequestCategory.UNCLASSIFIED);
    }

    @Test
    void theFirstMatchingRuleDecides() {
        // a compound names an NSAID, but the compound rule comes first
        assertThat(classifier.explain("Flurbiprofen 20%, Lidocaine 5% cream").ruleId()).isEqualTo("topical-compound");
        // "release" is a surgical word, but myofascial release is a therapy
        assertThat(classifier.classify("Myofascial release two times a week"))
                .isEqualTo(new RequestCategory("Rehabilitation", "Other Therapies"));
        // PT/PTT is a blood test, not physical therapy
        assertThat(classifier.classify("Labs - PT/PTT").subcategory()).isEqualTo("Lab & Pathology");
    }

    @Test
    void drugNamesMatchWholeWordsOnly() {
        // "Somali" contains "Soma"; "Norcotics" is not Norco
        assertThat(classifier.classify("Somali interpreter services")).isNotEqualTo(
                new RequestCategory("Pharmaceuticals", "Muscle Relaxant"));
        assertThat(classifier.classify("soma 350 mg").subcategory()).isEqualTo("Muscle Relaxant");
    }

    @Test
    void everyCategoryOfTheRulesIsPartOfTheTaxonomy() {
        assertThat(classifier.categories()).extracting(RequestCategory::category).isSubsetOf(
                "Diagnostic Testing", "DMEPOS", "Evaluation & Management", "Home Health", "Injection",
                "Pharmaceuticals", "Programs", "Psych Services", "Rehabilitation", "Surgery", "Therapies",
                "Transportation");
    }
}
