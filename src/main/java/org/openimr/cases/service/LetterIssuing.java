package org.openimr.cases.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.openimr.cases.IllegalTransitionException;
import org.openimr.cases.ImrCase;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.issue.AppealWindow;
import org.openimr.cases.issue.IssueFailure;
import org.openimr.cases.issue.IssuedLetter;
import org.openimr.cases.issue.LetterCase;
import org.openimr.cases.issue.QualityCheck;
import org.openimr.cases.issue.QualityReport;
import org.openimr.cases.issue.Recipient;
import org.openimr.cases.staff.AuditLog;
import org.openimr.cases.store.CaseStore;
import org.openimr.cases.store.IssuedLetterStore;
import org.openimr.cases.store.StaleVersionException;
import org.openimr.cases.store.StoredCase;
import org.openimr.letters.AddressedLetter;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.ItemDetermination;
import org.openimr.letters.LetterIssued;
import org.openimr.letters.LetterJson;
import org.openimr.letters.LetterRenderer;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quality check and the issue of a case's Final Determination Letter.
 *
 * <p>Issuing checks the letter (any error refuses it), renders it to PDF for the parties and its public version, then
 * in one transaction stores both immutably with the SHA-256 of the PDF sent, records
 * {@link org.openimr.cases.CaseEvent.DeterminationIssued} with the letter's outcomes on the case, and publishes
 * {@link LetterIssued}, on which the library stores the public version. Either all of it happens or none. Every call
 * is audited, refused ones too.
 */
@Service
public class LetterIssuing {

    private final CaseService cases;
    private final CaseStore caseStore;
    private final IssuedLetterStore issued;
    private final SignedLetters signed;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final LetterRenderer renderer = new LetterRenderer();

    public LetterIssuing(CaseService cases, CaseStore caseStore, IssuedLetterStore issued, SignedLetters signed,
            TransactionTemplate tx, AuditLog audit, ApplicationEventPublisher events) {
        this.cases = cases;
        this.caseStore = caseStore;
        this.issued = issued;
        this.signed = signed;
        this.tx = tx;
        this.audit = audit;
        this.events = events;
    }

    public LocalDate today() {
        return cases.today();
    }

    /** The quality check of the case's signed letter; audited. */
    public QualityReport quality(CaseNumber n) {
        StoredCase c = readable(n);
        try {
            QualityReport report = QualityCheck.standard().check(signed.letterFor(n).letter(),
                    LetterCase.of(c.imrCase()));
            audit.record("CHECK_LETTER", n.value(), AuditLog.Outcome.ALLOWED, report.summary());
            return report;
        } catch (IssueFailure | IllegalTransitionException e) {
            audit.record("CHECK_LETTER", n.value(), AuditLog.Outcome.CONFLICT, e.getMessage());
            throw e;
        }
    }

    /** Issues the case's signed letter, mailed on {@code mailedOn} by {@code method}. */
    public IssuedLetter issue(CaseNumber n, LocalDate mailedOn, NoticeMethod method) {
        readable(n);
        AddressedLetter letter;
        try {
            letter = signed.letterFor(n);
        } catch (IssueFailure e) {
            audit.record("ISSUE_LETTER", n.value(), AuditLog.Outcome.CONFLICT, e.getMessage());
            throw e;
        }
        return issue(n, letter, mailedOn, method);
    }

    /**
     * Issues {@code letter} as the letter of case {@code n}. Throws {@link IssueFailure.NotReady} (quality errors),
     * {@link IssueFailure.AlreadyIssued}, {@link IllegalTransitionException} (the case cannot be decided now) or
     * {@link StaleVersionException}; nothing is stored then.
     */
    public IssuedLetter issue(CaseNumber n, AddressedLetter letter, LocalDate mailedOn, NoticeMethod method) {
        try {
            StoredCase before = readable(n);
            if (issued.exists(n)) {
                throw new IssueFailure.AlreadyIssued(n);
            }
            QualityReport report = QualityCheck.standard().check(letter.letter(), LetterCase.of(before.imrCase()));
            if (!report.allowsIssue()) {
                throw new IssueFailure.NotReady(n, report);
            }
            FinalDeterminationLetter publicLetter = letter.publicVersion();
            byte[] pdf = renderer.pdf(letter);
            byte[] publicPdf = renderer.pdf(publicLetter);
            List<Outcome> outcomes = letter.letter().items().stream().map(ItemDetermination::outcome).toList();
            IssuedLetter record = new IssuedLetter(n, OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS),
                    CaseService.user(), AppealWindow.of(mailedOn, method, before.imrCase().timeframes()), outcomes,
                    Recipient.of(letter.parties()), sha256(pdf));
            tx.executeWithoutResult(status -> {
                StoredCase current = caseStore.load(n).orElseThrow(() -> new CaseNotFoundException(n));
                ImrCase decided = current.imrCase().issueDetermination(mailedOn, outcomes);
                caseStore.append(decided, current.imrCase().events().size(), current.version(), record.issuedBy());
                issued.insert(record, pdf, LetterJson.toJson("issued/" + n.value(), letter.letter()), publicPdf,
                        LetterJson.toJson("published/" + n.value(), publicLetter));
                events.publishEvent(new LetterIssued(n, publicLetter, mailedOn));
            });
            audit.record("ISSUE_LETTER", n.value(), AuditLog.Outcome.ALLOWED, "SHA-256 " + record.contentHash()
                    + "; appeal " + record.appeal().describe());
            return record;
        } catch (DuplicateKeyException e) {
            audit.record("ISSUE_LETTER", n.value(), AuditLog.Outcome.CONFLICT, "issued meanwhile");
            throw new IssueFailure.AlreadyIssued(n);
        } catch (IssueFailure | IllegalTransitionException | StaleVersionException e) {
            audit.record("ISSUE_LETTER", n.value(), AuditLog.Outcome.CONFLICT, e.getMessage());
            throw e;
        } catch (CaseNotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            audit.record("ISSUE_LETTER", n.value(), AuditLog.Outcome.FAILED, e.getMessage());
            throw e;
        }
    }

    /** The issued letter of a case the user may see. */
    public IssuedLetter issued(CaseNumber n) {
        readable(n);
        return issued.find(n).orElseThrow(() -> new IssueFailure.NotIssued(n));
    }

    /** The issued PDF (to the parties, or the public version) of a case the user may see; audited. */
    public byte[] pdf(CaseNumber n, IssuedLetterStore.Version version) {
        readable(n);
        byte[] pdf = issued.pdf(n, version).orElseThrow(() -> new IssueFailure.NotIssued(n));
        audit.record("READ_LETTER_" + version.name(), n.value(), AuditLog.Outcome.ALLOWED, null);
        return pdf;
    }

    /** The issued letter as JSON (to the parties, or the public version) of a case the user may see. */
    public String json(CaseNumber n, IssuedLetterStore.Version version) {
        readable(n);
        return issued.json(n, version).orElseThrow(() -> new IssueFailure.NotIssued(n));
    }

    private StoredCase readable(CaseNumber n) {
        return cases.read(n).orElseThrow(() -> new CaseNotFoundException(n));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
