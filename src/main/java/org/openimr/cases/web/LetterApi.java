package org.openimr.cases.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.openimr.cases.service.LetterIssuing;
import org.openimr.cases.store.IssuedLetterStore;
import org.openimr.shared.CaseNumber;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The Final Determination Letter of a case: its quality check, its issue, and the letter as issued. */
@RestController
@RequestMapping("/api/cases/{caseNumber}/letter")
@Tag(name = "Letters", description = "Quality check, issue and the issued Final Determination Letter of a case")
class LetterApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final LetterIssuing letters;

    LetterApi(LetterIssuing letters) {
        this.letters = letters;
    }

    @GetMapping("/quality")
    @Operation(summary = "The quality check of the case's signed letter: every finding with its code and severity "
            + "(MEDICAL_DIRECTOR, ADMIN); issuing is refused while any finding is an ERROR")
    LetterJsonViews.Quality quality(@PathVariable String caseNumber) {
        CaseNumber n = CaseApi.number(caseNumber);
        return LetterJsonViews.of(n, letters.quality(n));
    }

    @PostMapping
    @Operation(summary = "Issue the case's signed letter (MEDICAL_DIRECTOR, ADMIN): body {\"mailedOn\":\"YYYY-MM-DD\","
            + "\"method\":\"MAIL|ELECTRONIC\"}, both optional (today, MAIL)",
            description = "201 with the issue record (SHA-256 of the PDF, appeal window, recipients, outcomes). "
                    + "409 when the quality check finds errors (listed in findings), when the letter was already "
                    + "issued, or when the case cannot be decided now.")
    ResponseEntity<LetterJsonViews.Issued> issue(@PathVariable String caseNumber,
            @RequestBody(required = false) IssueInput input) {
        CaseNumber n = CaseApi.number(caseNumber);
        IssueInput.Mailing mailing = (input == null ? new IssueInput(null, null) : input).validate(letters.today());
        var issued = letters.issue(n, mailing.on(), mailing.method());
        return ResponseEntity.created(URI.create("/api/cases/" + n.value() + "/letter")).body(LetterJsonViews.of(issued));
    }

    @GetMapping
    @Operation(summary = "The issued letter: the PDF sent to the parties, or with Accept: application/json the issue "
            + "record and the letter as JSON; ?version=public for the published version")
    ResponseEntity<?> issued(@PathVariable String caseNumber,
            @RequestParam(required = false, defaultValue = "parties") String version,
            @RequestHeader(value = "Accept", required = false) String accept) {
        CaseNumber n = CaseApi.number(caseNumber);
        IssuedLetterStore.Version v = "public".equalsIgnoreCase(version) ? IssuedLetterStore.Version.PUBLIC
                : IssuedLetterStore.Version.TO_THE_PARTIES;
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
            ObjectNode body = JSON.valueToTree(LetterJsonViews.of(letters.issued(n)));
            body.set("letter", JSON.readTree(letters.json(n, v)));
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return ResponseEntity.ok().contentType(PDF)
                .header("Content-Disposition", "inline; filename=\"" + n.value()
                        + (v == IssuedLetterStore.Version.PUBLIC ? "-public" : "") + ".pdf\"")
                .body(letters.pdf(n, v));
    }
}
