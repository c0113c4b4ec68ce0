package org.openimr.guidelines;

/**
 * The kind of treatment a disputed item asks for, at the grain the MTUS addresses (close to the DWC treatment
 * categories of imr-process §1.13). The determination module interprets a disputed request into one of these.
 */
public enum RequestKind {
    PHYSICAL_THERAPY,
    OCCUPATIONAL_THERAPY,
    AQUATIC_THERAPY,
    /** Passive modalities given in therapy: therapeutic ultrasound, heat, diathermy and the like. */
    PHYSICAL_MODALITY,
    MASSAGE,
    /** Chiropractic care, manual therapy and manipulation. */
    MANIPULATION,
    ACUPUNCTURE,
    OPIOID,
    NSAID,
    MUSCLE_RELAXANT,
    /** Topical analgesics, including compounded topical products. */
    TOPICAL_ANALGESIC,
    PROTON_PUMP_INHIBITOR,
    /** Anti-epilepsy drugs used for (neuropathic) pain. */
    ANTICONVULSANT,
    ANTIDEPRESSANT,
    /** Hypnotics and other drugs asked for sleep. */
    SLEEP_AID,
    BENZODIAZEPINE,
    /** Other medications: laxatives, antiemetics, barbiturate-containing analgesics and the like. */
    OTHER_MEDICATION,
    EPIDURAL_STEROID_INJECTION,
    /** Facet joint injections, medial branch blocks and facet radiofrequency neurotomy. */
    FACET_INJECTION,
    TRIGGER_POINT_INJECTION,
    /** Injections not named above: botulinum toxin, prolotherapy and the like. */
    OTHER_INJECTION,
    MRI,
    CT,
    X_RAY,
    /** EMG, nerve conduction studies and related electrodiagnostic tests. */
    ELECTRODIAGNOSTIC_TEST,
    /** Diagnostic tests not named above: EEG, evoked potentials, functional capacity evaluation and the like. */
    OTHER_DIAGNOSTIC_TEST,
    /** TENS, H-wave, interferential, NMES and other electrical stimulation. */
    ELECTRICAL_STIMULATION,
    DURABLE_MEDICAL_EQUIPMENT,
    FUNCTIONAL_RESTORATION_PROGRAM,
    WORK_CONDITIONING,
    PSYCHOLOGICAL_EVALUATION,
    /** Psychotherapy and cognitive behavioural therapy. */
    PSYCHOTHERAPY,
    BIOFEEDBACK,
    HOME_HEALTH,
    /** A stay in a skilled nursing facility or an inpatient rehabilitation unit. */
    INPATIENT_REHABILITATION,
    OFFICE_VISIT,
    /** Referral to or consultation with another (non-surgical) specialist. */
    CONSULTATION,
    SURGICAL_CONSULTATION,
    /**
     * A service of an operation DWC files as an Adjunct Surgical Service: an assistant surgeon, the hospital stay, a
     * pre-operative medical clearance (history and physical); the vocabulary's modalities name which.
     */
    ADJUNCT_SURGICAL_SERVICE,
    /** An operation; the vocabulary's surgeries name which (e.g. {@code knee_meniscectomy}). */
    SURGERY,
    /** Transportation to and from medical appointments. */
    TRANSPORTATION,
    URINE_DRUG_TEST,
    /** Blood and other laboratory tests (blood count, chemistry, liver and kidney function). */
    LAB_TEST,
    SPINAL_CORD_STIMULATOR,
    /** An implantable drug-delivery system (intrathecal pump): its temporary trial or the permanent implant. */
    IMPLANTABLE_DRUG_DELIVERY
}
