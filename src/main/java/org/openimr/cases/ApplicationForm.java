package org.openimr.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openimr.shared.Priority;

/**
 * The application form (DWC Form IMR, 8 CCR 9792.10.2) as it arrived: any field may be missing or wrong. Fill it in
 * with the fluent setters, then {@link #validate} it: the result is a valid {@link Application} or every problem, each
 * with its field path.
 *
 * <p>Field paths: reviewType; employee.firstName, employee.lastName, employee.dateOfBirth, employee.address.street
 * (.city, .state, .zip), employee.phone, employee.email; claimNumber; dateOfInjury; employer.name;
 * claimsAdministrator.company, claimsAdministrator.phone; requestingPhysician.firstName, requestingPhysician.lastName;
 * urDecision.date, urDecision.servedBy, urDecision.receivedByEmployeeOn; disputedItems,
 * disputedItems[n].request, disputedItems[n].diagnosis.icd10 (n from 1); dateReceived; representative.name,
 * representative.kind, representative.firm, representative.address.street (.city, .state, .zip), checked only when
 * any of them is given.
 */
public final class ApplicationForm {

    /** One disputed treatment as written on the form. */
    public static final class Item {
        private final String request;
        private String diagnosis;
        private String icd10;
        private boolean alsoDisputedForOtherReasons;
        private boolean conditionallyNonCertified;
        private boolean formularyMedication;

        private Item(String request) {
            this.request = request;
        }

        public static Item of(String request) {
            return new Item(request);
        }

        public Item diagnosis(String description, String icd10Code) {
            this.diagnosis = description;
            this.icd10 = icd10Code;
            return this;
        }

        public Item alsoDisputedForOtherReasons() {
            this.alsoDisputedForOtherReasons = true;
            return this;
        }

        public Item conditionallyNonCertified() {
            this.conditionallyNonCertified = true;
            return this;
        }

        public Item formularyMedication() {
            this.formularyMedication = true;
            return this;
        }
    }

    private Priority reviewType;
    private String employeeFirst;
    private String employeeMiddle;
    private String employeeLast;
    private LocalDate employeeBorn;
    private String street;
    private String city;
    private String state;
    private String zip;
    private String employeePhone;
    private String employeeEmail;
    private String claimNumber;
    private LocalDate dateOfInjury;
    private String employerName;
    private String administratorCompany;
    private String adjuster;
    private String administratorPhone;
    private String physicianFirst;
    private String physicianLast;
    private String physicianSpecialty;
    private LocalDate urDecisionDate;
    private ServiceMethod urDecisionServedBy;
    private LocalDate urDecisionReceivedByEmployee;
    private boolean urDecisionAttached;
    private final List<Item> items = new ArrayList<>();
    private boolean signed;
    private LocalDate dateReceived;
    private String representativeName;
    private Representative.Kind representativeKind;
    private String representativeFirm;
    private String[] representativeAddress = new String[4];

    public ApplicationForm reviewType(Priority reviewType) {
        this.reviewType = reviewType;
        return this;
    }

    public ApplicationForm employee(String first, String middleInitial, String last) {
        this.employeeFirst = first;
        this.employeeMiddle = middleInitial;
        this.employeeLast = last;
        return this;
    }

    public ApplicationForm employeeBornOn(LocalDate dateOfBirth) {
        this.employeeBorn = dateOfBirth;
        return this;
    }

    public ApplicationForm employeeAddress(String street, String city, String state, String zip) {
        this.street = street;
        this.city = city;
        this.state = state;
        this.zip = zip;
        return this;
    }

    public ApplicationForm employeeContact(String phone, String email) {
        this.employeePhone = phone;
        this.employeeEmail = email;
        return this;
    }

    public ApplicationForm claimNumber(String claimNumber) {
        this.claimNumber = claimNumber;
        return this;
    }

    public ApplicationForm injuredOn(LocalDate dateOfInjury) {
        this.dateOfInjury = dateOfInjury;
        return this;
    }

    public ApplicationForm employer(String name) {
        this.employerName = name;
        return this;
    }

    public ApplicationForm claimsAdministrator(String company, String adjuster, String phone) {
        this.administratorCompany = company;
        this.adjuster = adjuster;
        this.administratorPhone = phone;
        return this;
    }

    public ApplicationForm requestingPhysician(String first, String last, String specialty) {
        this.physicianFirst = first;
        this.physicianLast = last;
        this.physicianSpecialty = specialty;
        return this;
    }

    public ApplicationForm urDecision(LocalDate date, ServiceMethod servedBy) {
        this.urDecisionDate = date;
        this.urDecisionServedBy = servedBy;
        return this;
    }

    public ApplicationForm urDecisionReceivedByEmployeeOn(LocalDate date) {
        this.urDecisionReceivedByEmployee = date;
        return this;
    }

    public ApplicationForm urDecisionAttached(boolean attached) {
        this.urDecisionAttached = attached;
        return this;
    }

    public ApplicationForm disputedItem(Item item) {
        items.add(item);
        return this;
    }

    public ApplicationForm disputedItem(String request, String diagnosis, String icd10) {
        return disputedItem(Item.of(request).diagnosis(diagnosis, icd10));
    }

    public ApplicationForm signed(boolean signed) {
        this.signed = signed;
        return this;
    }

    /** The representative the employee designates: name, kind, the attorney's firm (optional). */
    public ApplicationForm representative(String name, Representative.Kind kind, String firm) {
        this.representativeName = name;
        this.representativeKind = kind;
        this.representativeFirm = firm;
        return this;
    }

    public ApplicationForm representativeAddress(String street, String city, String state, String zip) {
        this.representativeAddress = new String[] {street, city, state, zip};
        return this;
    }

    public ApplicationForm receivedOn(LocalDate dateReceived) {
        this.dateReceived = dateReceived;
        return this;
    }

    /** The valid application, or thrown {@link InvalidApplicationException} with every problem. */
    public Application toApplication(LocalDate today) {
        Validated<Application> result = validate(today);
        if (result instanceof Validated.Valid<Application> valid) {
            return valid.value();
        }
        throw new InvalidApplicationException(result.problems());
    }

    /**
     * The application as a case receives it: complete when valid, otherwise incomplete with every problem (received
     * on the form's date of receipt, or {@code today} when that date is missing or impossible).
     */
    public ReceivedApplication receive(LocalDate today) {
        Validated<Application> result = validate(today);
        if (result instanceof Validated.Valid<Application> valid) {
            return valid.value();
        }
        String name = ((employeeFirst == null ? "" : employeeFirst.strip()) + " "
                + (employeeLast == null ? "" : employeeLast.strip())).strip();
        LocalDate received = dateReceived != null && !dateReceived.isAfter(today) ? dateReceived : today;
        return new IncompleteApplication(received, name, result.problems());
    }

    /**
     * Checks every field and returns the application or every problem: missing required fields, malformed values
     * (state, ZIP, phone, e-mail, ICD-10 code) and impossible dates (in the future; an injury after the UR decision;
     * a birth after the injury; an application received before the UR decision).
     *
     * @param today the day of the check: no date of the form may be after it
     */
    public Validated<Application> validate(LocalDate today) {
        ValidationProblems.Collector c = new ValidationProblems.Collector();

        c.required("reviewType", reviewType);
        c.required("employee.firstName", employeeFirst);
        c.required("employee.lastName", employeeLast);
        if (c.required("employee.dateOfBirth", employeeBorn)) {
            notInFuture(c, "employee.dateOfBirth", employeeBorn, today);
        }
        c.required("employee.address.street", street);
        c.required("employee.address.city", city);
        PostalAddress.stateProblem(state).ifPresent(p -> c.add("employee.address.state", p));
        PostalAddress.zipProblem(zip).ifPresent(p -> c.add("employee.address.zip", p));
        optionalPhone(c, "employee.phone", employeePhone);
        if (employeeEmail != null && !employeeEmail.isBlank()) {
            ContactDetails.emailProblem(employeeEmail.strip()).ifPresent(p -> c.add("employee.email", p));
        }
        c.required("claimNumber", claimNumber);
        if (c.required("dateOfInjury", dateOfInjury)) {
            notInFuture(c, "dateOfInjury", dateOfInjury, today);
            if (employeeBorn != null && dateOfInjury.isBefore(employeeBorn)) {
                c.add("dateOfInjury", "is before the employee's date of birth (" + employeeBorn + ")");
            }
        }
        c.required("employer.name", employerName);
        c.required("claimsAdministrator.company", administratorCompany);
        optionalPhone(c, "claimsAdministrator.phone", administratorPhone);
        c.required("requestingPhysician.firstName", physicianFirst);
        c.required("requestingPhysician.lastName", physicianLast);
        if (c.required("urDecision.date", urDecisionDate)) {
            notInFuture(c, "urDecision.date", urDecisionDate, today);
            if (dateOfInjury != null && urDecisionDate.isBefore(dateOfInjury)) {
                c.add("urDecision.date", "is before the date of injury (" + dateOfInjury + ")");
            }
        }
        c.required("urDecision.servedBy", urDecisionServedBy);
        if (urDecisionReceivedByEmployee != null) {
            notInFuture(c, "urDecision.receivedByEmployeeOn", urDecisionReceivedByEmployee, today);
            if (urDecisionDate != null && urDecisionReceivedByEmployee.isBefore(urDecisionDate)) {
                c.add("urDecision.receivedByEmployeeOn", "is before the date of the UR decision (" + urDecisionDate
                        + ")");
            }
        }
        if (items.isEmpty()) {
            c.add("disputedItems", "no disputed treatment is listed");
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String path = "disputedItems[" + (i + 1) + "]";
            c.required(path + ".request", item.request);
            if (item.icd10 != null && !item.icd10.isBlank()) {
                Icd10Code.problem(item.icd10).ifPresent(p -> c.add(path + ".diagnosis.icd10", p));
            }
        }
        if (c.required("dateReceived", dateReceived)) {
            notInFuture(c, "dateReceived", dateReceived, today);
            if (urDecisionDate != null && dateReceived.isBefore(urDecisionDate)) {
                c.add("dateReceived", "is before the date of the UR decision (" + urDecisionDate + ")");
            }
        }

        if (representativeDesignated()) {
            checkRepresentative(c);
        }

        ValidationProblems problems = c.problems();
        if (!problems.isEmpty()) {
            return new Validated.Invalid<>(problems);
        }
        return new Validated.Valid<>(build());
    }

    private Application build() {
        Employee employee = new Employee(new PersonName(employeeFirst, Optional.ofNullable(employeeMiddle), employeeLast),
                employeeBorn, new PostalAddress(street, city, state, zip),
                new ContactDetails(phone(employeePhone), Optional.ofNullable(employeeEmail)));
        List<DisputedItem> disputed = items.stream().map(ApplicationForm::item).toList();
        return new Application(reviewType, employee, new ClaimNumber(claimNumber), dateOfInjury,
                new Employer(employerName),
                new ClaimsAdministrator(administratorCompany, Optional.ofNullable(adjuster), phone(administratorPhone)),
                new RequestingPhysician(PersonName.of(physicianFirst, physicianLast),
                        Optional.ofNullable(physicianSpecialty)),
                new UrDecision(urDecisionDate, urDecisionServedBy, Optional.ofNullable(urDecisionReceivedByEmployee),
                        urDecisionAttached),
                disputed, signed, dateReceived, representativeDesignated() ? Optional.of(new Representative(
                        representativeName, representativeKind, Optional.ofNullable(representativeFirm),
                        new PostalAddress(representativeAddress[0], representativeAddress[1],
                                representativeAddress[2], representativeAddress[3])))
                        : Optional.empty());
    }

    /** Whether any field of the representative is filled in: then name, kind and address are required. */
    private boolean representativeDesignated() {
        return hasText(representativeName) || representativeKind != null || hasText(representativeFirm)
                || java.util.Arrays.stream(representativeAddress).anyMatch(ApplicationForm::hasText);
    }

    private void checkRepresentative(ValidationProblems.Collector c) {
        c.required("representative.name", representativeName);
        if (c.required("representative.kind", representativeKind) && hasText(representativeFirm)
                && representativeKind != Representative.Kind.ATTORNEY) {
            c.add("representative.firm", "is only for an attorney (the representative is a "
                    + representativeKind.words() + ")");
        }
        c.required("representative.address.street", representativeAddress[0]);
        c.required("representative.address.city", representativeAddress[1]);
        PostalAddress.stateProblem(representativeAddress[2]).ifPresent(p -> c.add("representative.address.state", p));
        PostalAddress.zipProblem(representativeAddress[3]).ifPresent(p -> c.add("representative.address.zip", p));
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static DisputedItem item(Item item) {
        boolean hasDiagnosis = (item.diagnosis != null && !item.diagnosis.isBlank())
                || (item.icd10 != null && !item.icd10.isBlank());
        Optional<Diagnosis> diagnosis = hasDiagnosis
                ? Optional.of(new Diagnosis(item.diagnosis, item.icd10 == null || item.icd10.isBlank()
                        ? Optional.empty() : Optional.of(Icd10Code.of(item.icd10))))
                : Optional.empty();
        return new DisputedItem(item.request, diagnosis, item.alsoDisputedForOtherReasons,
                item.conditionallyNonCertified, item.formularyMedication);
    }

    private static Optional<PhoneNumber> phone(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(PhoneNumber.of(text));
    }

    private static void optionalPhone(ValidationProblems.Collector c, String field, String text) {
        if (text != null && !text.isBlank()) {
            PhoneNumber.problem(text).ifPresent(p -> c.add(field, p));
        }
    }

    private static void notInFuture(ValidationProblems.Collector c, String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            c.add(field, "is in the future (" + date + " is after today, " + today + ")");
        }
    }
}
