package org.openimr.cases.web;

import java.util.List;

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
    record Representative(String name, String kind, String firm, Address address) {
    }
}
