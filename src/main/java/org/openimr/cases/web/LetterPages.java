package org.openimr.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openimr.cases.IllegalTransitionException;
import org.openimr.cases.InvalidApplicationException;
import org.openimr.cases.issue.IssueFailure;
import org.openimr.cases.service.CaseNotFoundException;
import org.openimr.cases.service.LetterIssuing;
import org.openimr.cases.store.IssuedLetterStore;
import org.openimr.cases.store.StaleVersionException;
import org.openimr.shared.CaseNumber;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The medical director's page of a case's letter: the quality check, the issue form, the issued letter. */
@Controller
class LetterPages {

    private final LetterIssuing letters;

    LetterPages(LetterIssuing letters) {
        this.letters = letters;
    }

    @GetMapping("/staff/cases/{caseNumber}/quality")
    String quality(@PathVariable String caseNumber, Model model, HttpServletRequest request, Authentication auth) {
        return page(CaseApi.number(caseNumber), null, model, request, auth);
    }

    @PostMapping("/staff/cases/{caseNumber}/letter")
    String issue(@PathVariable String caseNumber, @RequestParam(required = false) String mailedOn,
            @RequestParam(required = false) String method, Model model, HttpServletRequest request,
            HttpServletResponse response, Authentication auth) {
        CaseNumber n = CaseApi.number(caseNumber);
        try {
            IssueInput.Mailing mailing = new IssueInput(mailedOn, method).validate(letters.today());
            letters.issue(n, mailing.on(), mailing.method());
            return "redirect:/staff/cases/" + n.value() + "/quality";
        } catch (InvalidApplicationException e) {
            response.setStatus(400);
            return page(n, "Not issued: " + e.problems().all().stream().map(p -> p.field() + " " + p.message())
                    .reduce((a, b) -> a + "; " + b).orElse(""), model, request, auth);
        } catch (IssueFailure | IllegalTransitionException | StaleVersionException e) {
            response.setStatus(409);
            return page(n, e.getMessage(), model, request, auth);
        }
    }

    @GetMapping("/staff/cases/{caseNumber}/letter.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String caseNumber,
            @RequestParam(required = false, defaultValue = "parties") String version) {
        CaseNumber n = CaseApi.number(caseNumber);
        IssuedLetterStore.Version v = "public".equalsIgnoreCase(version) ? IssuedLetterStore.Version.PUBLIC
                : IssuedLetterStore.Version.TO_THE_PARTIES;
        return ResponseEntity.ok().contentType(LetterApi.PDF).body(letters.pdf(n, v));
    }

    private String page(CaseNumber n, String error, Model model, HttpServletRequest request, Authentication auth) {
        LetterJsonViews.Issued issued = null;
        LetterJsonViews.Quality quality = null;
        String message = error;
        try {
            issued = LetterJsonViews.of(letters.issued(n));
        } catch (IssueFailure.NotIssued e) {
            try {
                quality = LetterJsonViews.of(n, letters.quality(n));
            } catch (IssueFailure | IllegalTransitionException e2) {
                message = message == null ? e2.getMessage() : message;
            }
        }
        model.addAttribute("page", StaffPages.page(request, auth, "case"));
        model.addAttribute("letter", new LetterJsonViews.LetterPage(n.value(), quality, issued, message, letters.today().toString()));
        return "staff/quality";
    }

    @ExceptionHandler({CaseNotFoundException.class, IssueFailure.NotIssued.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    @ResponseBody
    String notFound(RuntimeException e) {
        return e.getMessage();
    }
}
