package org.openimr.cases.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The shape of an application in the case API (documentation only: the API reads the JSON field by field). */
record ApplicationJson(String reviewType, Employee employee, String claimNumber, String dateOfInjury,
        Named employer, Administrator claimsAdministrator, Physician requestingPhysician, Ur urDecision,
        List<Item> disputedItems, boolean signed, String dateReceived, String liability,
        Representative representative) {

    record Employee(String firstName, String middleInitial, String lastName, String dateOfBirth, Address address,
            String phone, String email) {
    }

    record Address(String street, String city, String state, String zip) {
    }

    record Named(String name) {
    }

    record Administrator(String company, String adjuster, String phone) {
    }

    record Physician(String firstName, String lastName, String specialty) {
    }

    record Ur(String date, String servedBy, String receivedByEmployeeOn, boolean attached) {
    }

    record Item(String request, Diagnosis diagnosis, boolean conditionallyNonCertified,
            boolean alsoDisputedForOtherReasons, boolean formularyMedication) {
    }

    record Diagnosis(String description, String icd10) {
    }

    /**
     * The representative the employee designates (optional; when any field is given, name, kind and address are
     * required). kind: ATTORNEY, PARENT_OR_GUARDIAN, RELATIVE or OTHER; firm: an attorney's law firm (optional).
     */
    @Schema(description = "The representative the employee designates (optional): when any field is given, name, "
            + "kind and address are required")
    record Representative(@Schema(description = "full name", example = "Linda Park") String name,
            @Schema(allowableValues = {"ATTORNEY", "PARENT_OR_GUARDIAN", "RELATIVE", "OTHER"}) String kind,
            @Schema(description = "an attorney's law firm (optional, only for an attorney)") String firm,
            Address address) {
    }
}
