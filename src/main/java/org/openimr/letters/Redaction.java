package org.openimr.letters;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.letters.DisputedRequest.UrModification;
import org.openimr.letters.LetterParties.PersonName;

/**
 * Removes the known identifying values of one case from free text, replacing each with neutral words: the injured
 * worker's name becomes "the injured worker", the requesting physician's "the requesting physician", the employer
 * and the claims administrator "the employer" and "the claims administrator", and the claim number, the address and
 * the date of birth "[claim number]", "[address]" and "[date of birth]".
 *
 * <p>What is found:
 * <ul>
 * <li>names with or without accents and in any case ("José Núñez", "JOSE NUNEZ"), with a title ("Mr. Núñez", "Dr.
 * Ruiz"), a middle initial ("José A. Núñez") or family name first ("Núñez, José"); a family name or a given name
 * (three letters or more) standing alone is found only as written with its capital, so that a name that is also a
 * word ("Long", "Young") is not taken out of ordinary prose; a hyphenated name that contains the family name
 * ("Núñez-García") goes whole;</li>
 * <li>the employer's and the claims administrator's names, also without a closing "Inc.", "LLC", ...;</li>
 * <li>the claim number, also with other separators or none ("05-1234-567", "05 1234 567", "051234567");</li>
 * <li>the street line and the "City, ST 99999" line of the address;</li>
 * <li>the date of birth in the usual written forms (03/04/1968, 3/4/68, 03-04-1968, 1968-03-04, March 4, 1968).</li>
 * </ul>
 * A replacement that starts a sentence is capitalised. Values are matched whole (never inside a longer word).
 * Stateless once built; thread-safe.
 */
public final class Redaction {

    static final String INJURED_WORKER = "the injured worker";
    static final String REQUESTING_PHYSICIAN = "the requesting physician";
    static final String EMPLOYER = "the employer";
    static final String CLAIMS_ADMINISTRATOR = "the claims administrator";
    static final String CLAIM_NUMBER = "[claim number]";
    static final String ADDRESS = "[address]";
    static final String DATE_OF_BIRTH = "[date of birth]";
    static final String REPRESENTATIVE = "the employee's representative";

    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private static final String TITLE = "(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+)";
    private static final Pattern COMPANY_SUFFIX = Pattern.compile(
            "(?i),?\\s+(?:Inc\\.?|Incorporated|LLC|L\\.L\\.C\\.|Ltd\\.?|Co\\.?|Corp\\.?|Corporation|Company)$");
    private static final int IGNORE_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<DateTimeFormatter> DATE_FORMS = List.of(
            DateTimeFormatter.ofPattern("MM/dd/uuuu"), DateTimeFormatter.ofPattern("M/d/uuuu"),
            DateTimeFormatter.ofPattern("MM-dd-uuuu"), DateTimeFormatter.ofPattern("M-d-uuuu"),
            DateTimeFormatter.ofPattern("MM/dd/uu"), DateTimeFormatter.ofPattern("M/d/uu"),
            DateTimeFormatter.ofPattern("MM-dd-uu"), DateTimeFormatter.ofPattern("M-d-uu"),
            DateTimeFormatter.ofPattern("MM.dd.uuuu"), DateTimeFormatter.ofPattern("uuuu-MM-dd"),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US), DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.US),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US), DateTimeFormatter.ofPattern("MMM. d, uuuu", Locale.US),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.US));

    private record Rule(Pattern pattern, String replacement) {
    }

    private final List<Rule> rules;

    private Redaction(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The redaction of the identifying values of one case. */
    public static Redaction of(LetterParties parties) {
        Objects.requireNonNull(parties, "parties");
        List<Rule> rules = new ArrayList<>();
        // organisations first: their names may contain a person's name ("Núñez Trucking")
        organisation(rules, parties.employer(), EMPLOYER);
        organisation(rules, parties.claimsAdministrator(), CLAIMS_ADMINISTRATOR);
        parties.representative().flatMap(LetterParties.Representative::firm)
                .ifPresent(firm -> organisation(rules, firm, REPRESENTATIVE));
        fullName(rules, parties.employee(), INJURED_WORKER);
        fullName(rules, parties.requestingPhysician(), REQUESTING_PHYSICIAN);
        for (String line : parties.employeeAddress().lines()) {
            rules.add(new Rule(Pattern.compile(BEFORE + words(line) + AFTER, IGNORE_CASE), ADDRESS));
        }
        parties.representative().ifPresent(r -> representative(rules, r));
        rules.add(new Rule(claimNumber(parties.claimNumber().value()), CLAIM_NUMBER));
        rules.add(new Rule(dates(parties.employeeDateOfBirth()), DATE_OF_BIRTH));
        singleNames(rules, parties.employee(), INJURED_WORKER);
        singleNames(rules, parties.requestingPhysician(), REQUESTING_PHYSICIAN);
        parties.representative().flatMap(Redaction::personName).ifPresent(n -> singleNames(rules, n, REPRESENTATIVE));
        return new Redaction(rules);
    }

    /** The representative's name as written, as a given and family name, and their address lines. */
    private static void representative(List<Rule> rules, LetterParties.Representative r) {
        rules.add(new Rule(Pattern.compile(BEFORE + words(r.name()) + AFTER, IGNORE_CASE), REPRESENTATIVE));
        personName(r).ifPresent(n -> fullName(rules, n, REPRESENTATIVE));
        for (String line : r.address().lines()) {
            rules.add(new Rule(Pattern.compile(BEFORE + words(line) + AFTER, IGNORE_CASE), ADDRESS));
        }
    }

    /** "Linda M. Park" as given name "Linda M." and family name "Park"; none for a name of one word. */
    private static Optional<PersonName> personName(LetterParties.Representative r) {
        String name = r.name().replaceAll(",?\\s+(?:Esq\\.?|Jr\\.?|Sr\\.?)$", "");
        int last = name.lastIndexOf(' ');
        return last < 0 ? Optional.empty()
                : Optional.of(new PersonName(name.substring(0, last), name.substring(last + 1)));
    }

    /** The text with every identifying value of the case replaced by neutral words. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Rule rule : rules) {
            result = apply(rule, result);
        }
        return result;
    }

    /** The letter with its free text redacted: case summary, requests, documents, rationales, qualifications. */
    public FinalDeterminationLetter redact(FinalDeterminationLetter letter) {
        ReviewerCredentials r = letter.reviewer();
        ReviewerCredentials reviewer = new ReviewerCredentials(r.licensureStates(), r.certifications(),
                redact(r.qualifications()), r.subspecialties());
        List<DocumentReviewed> documents = letter.documentsReviewed().stream()
                .map(d -> new DocumentReviewed(redact(d.description()), redactAuthor(d.author()), d.date()))
                .toList();
        List<ItemDetermination> items = letter.items().stream()
                .map(i -> new ItemDetermination(redact(i.request()), i.outcome(), i.claimsAdministratorGuideline(),
                        i.reviewerGuideline(), redact(i.rationale())))
                .toList();
        return new FinalDeterminationLetter(letter.layout(), letter.caseNumber(), letter.dates(), letter.priority(),
                reviewer, letter.patient(), redact(letter.clinicalCaseSummary()), documents, items);
    }

    /**
     * An author that names a party becomes the party's role alone ("Zoë Ångström, MD" gives "requesting
     * physician"): a name with its credentials is a byline, not a sentence.
     */
    String redactAuthor(String author) {
        if (author == null) {
            return null;
        }
        for (Rule rule : rules) {
            String redacted = apply(rule, author);
            if (redacted != author && rule.replacement.startsWith("the ")) {
                return rule.replacement.substring("the ".length());
            }
        }
        return redact(author);
    }

    private DisputedRequest redact(DisputedRequest request) {
        Optional<UrModification> modification = request.modification()
                .map(m -> new UrModification(redact(m.originalRequest()), redact(m.authorized())));
        return new DisputedRequest(redact(request.text()), modification);
    }

    private static String apply(Rule rule, String text) {
        String folded = fold(text);
        Matcher m = rule.pattern.matcher(folded);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int last = 0;
        do {
            sb.append(text, last, m.start());
            String replacement = rule.replacement;
            if (startsSentence(text, m.start())) {
                replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
            }
            sb.append(replacement);
            last = m.end();
        } while (m.find());
        sb.append(text, last, text.length());
        return sb.toString();
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0;
    }

    private static void organisation(List<Rule> rules, String name, String replacement) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name);
        String bare = COMPANY_SUFFIX.matcher(name).replaceFirst("");
        if (!bare.equals(name) && bare.length() >= 4) {
            forms.add(bare);
        }
        StringBuilder alternatives = new StringBuilder();
        for (String form : forms) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(words(form));
        }
        // "the Acme Company" becomes "the employer", not "the the employer"
        rules.add(new Rule(Pattern.compile(BEFORE + "(?:the\\s+)?(?:" + alternatives + ")" + AFTER, IGNORE_CASE),
                replacement));
    }

    private static void fullName(List<Rule> rules, PersonName name, String replacement) {
        String given = words(name.given());
        String family = words(name.family());
        String forward = TITLE + "?" + given + "(?:\\s+[a-z]\\.)?\\s+" + family;
        String reversed = family + ",\\s*" + given;
        rules.add(new Rule(Pattern.compile(BEFORE + "(?:" + forward + "|" + reversed + ")" + AFTER, IGNORE_CASE),
                replacement));
        // a title and the family name: "Mr. Núñez", "DR. RUIZ"
        rules.add(new Rule(Pattern.compile(BEFORE + TITLE + family + AFTER, IGNORE_CASE), replacement));
    }

    private static void singleNames(List<Rule> rules, PersonName name, String replacement) {
        // a compound that contains the family name ("Núñez-García") names the same family: it goes whole
        String compound = "(?:\\p{L}+-)?" + words(name.family()) + "(?:-\\p{L}+)?";
        rules.add(new Rule(Pattern.compile(BEFORE + compound + AFTER), replacement));
        if (fold(name.given()).length() >= 3) {
            rules.add(new Rule(Pattern.compile(BEFORE + words(name.given()) + AFTER), replacement));
        }
    }

    /** The claim number's letters and digits, with any or no separator between them. */
    private static Pattern claimNumber(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : fold(value).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(sb.length() == 0 ? "" : "[\\s./-]?").append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(BEFORE + sb + AFTER, IGNORE_CASE);
    }

    private static Pattern dates(LocalDate date) {
        Set<String> forms = new LinkedHashSet<>();
        for (DateTimeFormatter f : DATE_FORMS) {
            forms.add(f.format(date));
        }
        StringBuilder sb = new StringBuilder();
        forms.stream().sorted((a, b) -> b.length() - a.length())
                .forEach(f -> sb.append(sb.length() == 0 ? "" : "|").append(words(f)));
        // not inside a longer number or date ("103/04/19681")
        return Pattern.compile("(?<![\\p{L}\\p{N}/.-])(?:" + sb + ")(?![\\p{N}/-]|\\.\\p{N})", IGNORE_CASE);
    }

    /** A quoted, accent-folded pattern of the value in which any run of white space matches any other. */
    private static String words(String value) {
        String[] parts = fold(value.strip()).split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            sb.append(sb.length() == 0 ? "" : "\\s+").append(Pattern.quote(part));
        }
        return sb.toString();
    }

    /**
     * The text with accents removed letter by letter ("Núñez" gives "Nunez"), keeping its length so that a match in
     * the folded text is at the same place in the original.
     */
    static String fold(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 || Character.isSurrogate(c)) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            char base = base(c);
            if (base != c && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(base);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static char base(char c) {
        if (!Character.isLetter(c)) {
            return c;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (d.length() < 2 || Character.isSurrogate(d.charAt(0))) {
            return c;
        }
        for (int i = 1; i < d.length(); i++) {
            if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) {
                return c;
            }
        }
        return d.charAt(0);
    }
}
