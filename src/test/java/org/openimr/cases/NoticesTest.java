package org.openimr.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openimr.cases.Fixtures.IMRO;
import static org.openimr.cases.Fixtures.TODAY;
import static org.openimr.cases.Fixtures.form;
import static org.openimr.cases.ImrCaseTest.NUMBER;
import static org.openimr.cases.ImrCaseTest.SPEC;
import static org.openimr.cases.ImrCaseTest.d;

import org.junit.jupiter.api.Test;

class NoticesTest {

    /** The text with its line breaks and alignment collapsed, to check wording whatever the wrapping. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void aRequestForInformationAsksForEveryProblemInPlainWords() {
        IncompleteApplication incomplete = (IncompleteApplication) form().employeeBornOn(null)
                .employeeAddress("100 Sample Street", "Fresno", "CA", "9370")
                .disputedItem("Physical therapy 2x6", "Low back pain", "724.2").receive(TODAY);
        ImrCase c = ImrCase.open(NUMBER, incomplete).requestInformation(d("2016-11-23"), incomplete.problems());

        Notice.RequestForInformation rfi = Notices.requestForInformation(c, IMRO);
        assertThat(rfi.replyDue()).isEqualTo(d("2016-12-02"));
        assertThat(rfi.asked()).containsExactly(
                "The employee's date of birth is missing.",
                "The employee's ZIP code: \"9370\" is not a ZIP code (5 digits, or ZIP+4 such as 95814-1234).",
                "Disputed treatment 2: the ICD-10 diagnosis code: \"724.2\" looks like an ICD-9 code; an ICD-10 "
                        + "code is needed (a letter, then a digit, e.g. M54.5).");

        String text = NoticeRenderer.text(rfi);
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        text = flat(text);
        assertThat(text).startsWith("REQUEST FOR INFORMATION Example Review Organization, P.O. Box 100, "
                + "Sacramento, CA 95800 ");
        assertThat(text).contains("Case number: CM16-0000042")
                .contains("Reply by: December 2, 2016")
                .contains("1. The employee's date of birth is missing.")
                .contains("reaches us by December 2, 2016.")
                .contains("The reply is due 5 business days after the request (8 CCR 9792.10.3).");
    }

    @Test
    void anIneligibilityNoticeGivesEveryReasonWithItsFacts() {
        ImrCase c = ImrCase.open(NUMBER, form().signed(false).receivedOn(d("2016-12-14")).toApplication(TODAY))
                .screen(d("2016-12-15"), SPEC, ScreeningContext.standard());
        Notice.IneligibilityNotice notice = Notices.ineligibility(c, IMRO);
        assertThat(notice.findings()).extracting(Finding::reason)
                .containsExactly(IneligibilityReason.UNSIGNED, IneligibilityReason.LATE);

        String text = flat(NoticeRenderer.text(notice));
        assertThat(text).contains("NOTICE OF INELIGIBILITY")
                .contains("Your application for Independent Medical Review cannot go ahead.")
                .contains("The reasons")
                .contains("1. The application is not signed by the employee or the employee's representative. The "
                        + "signature box is empty.")
                .contains("Received on December 14, 2016, 5 days after the last day to file, December 9, 2016");
        assertThatThrownBy(() -> Notices.ineligibility(ImrCase.open(NUMBER, Fixtures.application()), IMRO))
                .hasMessageContaining("is not ineligible");
    }

    @Test
    void theNoarfiListsTheTreatmentTheRecordsAndTheirDueDate() {
        ImrCase c = ImrCase.open(NUMBER, form()
                        .disputedItem(ApplicationForm.Item.of("Lumbar MRI").conditionallyNonCertified())
                        .toApplication(TODAY))
                .screen(d("2016-11-29"), SPEC, ScreeningContext.standard())
                .sendNoarfi(d("2016-11-30"), NoticeMethod.MAIL);
        Notice.Noarfi noarfi = Notices.noarfi(c, IMRO);
        assertThat(noarfi.recordsDue()).isEqualTo(d("2016-12-15"));
        assertThat(noarfi.records()).extracting(Notice.RecordRequest::rule).containsExactly(
                "8 CCR 9792.10.5(a)(1)(A)", "8 CCR 9792.10.5(a)(1)(B)", "8 CCR 9792.10.5(a)(1)(C)",
                "8 CCR 9792.10.5(a)(1)(D)");

        String text = flat(NoticeRenderer.text(noarfi));
        assertThat(text).contains("NOTICE OF ASSIGNMENT AND REQUEST FOR INFORMATION")
                .contains("Records due: December 15, 2016")
                .contains("Requesting physician: Dr. Ana Doctorson (Family Practice)")
                .contains("1. Cervical spine MRI without contrast (diagnosis: Cervical sprain (S13.4XXA))")
                .contains("- Lumbar MRI: The treatment was denied because information")
                .contains("What the claims administrator must send, by December 15, 2016")
                .contains("6 months before the date of the request for authorization")
                .contains("The records are due on December 15, 2016: 15 days after the notice was sent by mail");
        String html = NoticeRenderer.html(noarfi);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<title>Notice of Assignment and Request for Information – CM16-0000042</title>")
                .contains("<dt>Records due</dt><dd>December 15, 2016</dd>")
                .contains("<h2>The disputed treatment</h2>\n<ol>\n<li>Cervical spine MRI without contrast")
                .contains("<dt>Employee</dt><dd>Maria L. Testperson</dd>");
    }

    @Test
    void htmlEscapesWhatThePartiesWrote() {
        ImrCase c = ImrCase.open(NUMBER, form().employee("Maria", null, "<O'Brien & Co>").toApplication(TODAY))
                .screen(d("2016-11-29"), SPEC, ScreeningContext.standard())
                .sendNoarfi(d("2016-11-30"), NoticeMethod.ELECTRONIC);
        String html = NoticeRenderer.html(Notices.noarfi(c, IMRO));
        assertThat(html).contains("Maria &lt;O&#39;Brien &amp; Co&gt;").doesNotContain("<O'Brien");
    }
}
