package org.openimr.cases.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openimr.cases.IllegalTransitionException;
import org.openimr.cases.assignment.CaseAssignment;
import org.openimr.cases.assignment.PanelFixtures;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.store.CaseStore;
import org.openimr.reviewers.ReviewerId;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.shared.CaseNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.openimr.shared.BusinessCalendar;

/**
 * Reassigning a case and changing (or signing) its review hold the case one after the other: whichever is being
 * recorded first wins, and the other waits for it and is then refused, with nothing saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-cases", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false"})
class ReassignmentWhileReviewingTest {

    @Autowired
    CaseService cases;
    @Autowired
    CaseAssignment assignment;
    @Autowired
    ReviewerPanel panel;
    @Autowired
    ReviewService reviews;
    @Autowired
    CaseStore caseStore;
    @Autowired
    ReviewStore reviewStore;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aReassignmentBeingRecordedWinsOverTheOldReviewersChange() throws Exception {
        CaseNumber n = ReviewFixtures.caseAssignedTo(cases, assignment, panel, "dr-race-first");
        ReviewerId next = PanelFixtures.reviewerSignedInAs(panel, "dr-race-next");
        int caseVersion = caseStore.load(n).orElseThrow().version();
        ReviewFixtures.signIn("dr-race-first", "REVIEWER");
        int reviewVersion = reviews.open(n).review().version();

        CountDownLatch held = new CountDownLatch(1);
        ExecutorService director = Executors.newSingleThreadExecutor();
        try {
            Future<?> reassigned = director.submit(() -> {
                ReviewFixtures.signIn("director", "MEDICAL_DIRECTOR");
                tx.executeWithoutResult(status -> {
                    cases.holdCase(n);
                    held.countDown();
                    pause();
                    assignment.assign(n, caseVersion, next, "the records name a facility the reviewer owns part of");
                });
            });
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

            // the reviewer still reads the case as theirs; the change waits for the reassignment, then is refused
            assertThatThrownBy(() -> reviews.writeSummary(n, reviewVersion, "The injured worker is a 46 year old man."))
                    .isInstanceOf(NotTheAssignedReviewerException.class);
            reassigned.get(30, TimeUnit.SECONDS);
        } finally {
            director.shutdownNow();
        }

        assertThat(caseStore.load(n).orElseThrow().reviewer()).isEqualTo("dr-race-next");
        ReviewFixtures.signIn("dr-race-next", "REVIEWER");
        assertThat(reviews.open(n).review().summary()).isEmpty();
    }

    @Test
    void aSignatureBeingRecordedWinsOverAReassignment() throws Exception {
        CaseNumber n = ReviewFixtures.caseAssignedTo(cases, assignment, panel, "dr-sign-first");
        ReviewerId next = PanelFixtures.reviewerSignedInAs(panel, "dr-sign-next");
        int caseVersion = caseStore.load(n).orElseThrow().version();

        CountDownLatch held = new CountDownLatch(1);
        ExecutorService reviewer = Executors.newSingleThreadExecutor();
        try {
            // the signature, as ReviewService records it: the case held, then the review signed
            Future<?> signed = reviewer.submit(() -> tx.executeWithoutResult(status -> {
                cases.holdCase(n);
                held.countDown();
                pause();
                reviewStore.advance(n, 0);
                reviewStore.sign(n, "dr-sign-first", LocalDate.now(BusinessCalendar.ZONE));
            }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

            // the director still reads the review as unsigned; the reassignment waits for the signature, then is refused
            ReviewFixtures.signIn("director", "MEDICAL_DIRECTOR");
            assertThatThrownBy(() -> assignment.assign(n, caseVersion, next, "a conflict found in the records"))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("Case " + n + ": the review was signed, so the case keeps its reviewer.");
            signed.get(30, TimeUnit.SECONDS);
        } finally {
            reviewer.shutdownNow();
        }

        assertThat(caseStore.load(n).orElseThrow().reviewer()).isEqualTo("dr-sign-first");
        assertThat(caseStore.load(n).orElseThrow().version()).isEqualTo(caseVersion);
    }

    /** Long enough for the reviewer's change to reach the case while the reassignment holds it. */
    private static void pause() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
