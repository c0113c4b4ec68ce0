package org.openimr.casefile.internal;

import java.util.List;
import java.util.Optional;

import org.openimr.casefile.Assertion;

/**
 * NegEx/ConText reading of a mention in its sentence. A trigger acts on a mention within its scope: in its direction,
 * within a few words (more for requests, whose trigger often opens a long list: "The treatment plan included ..."),
 * and not past a termination ("but", "however", "due to", ";"). A historical scope also ends at a comma or at an "and"
 * that opens a new clause ("gave up smoking and does her HEP daily"), and a switch
 * ("switched from X to Y") at its "to". A negation's
 * scope also ends where a new clause begins: a clause join (", and", ", with") followed within a few words by an
 * affirming cue ("No numbness, and positive Spurling's test", "denies bowel changes, and the patient reports weakness");
 * a plain list stays in scope ("no numbness, tingling, and weakness").
 * When triggers of several kinds reach a mention: a done verb with its date joined to the mention's verb ("was
 * approved by UR and performed on 02/10/2016") makes it historical unless a negation is nearer; else the nearer of a
 * request and a negation wins; then negation; then history; then the section's default; else the mention is affirmed.
 */
final class ContextRules {

    /** How a mention reads; {@code documentationOnly} when it is negated as "not documented" rather than absent. */
    record Reading(Assertion assertion, boolean documentationOnly, Optional<Match<Trigger>> negationCue) {

        Reading(Assertion assertion, boolean documentationOnly) {
            this(assertion, documentationOnly, Optional.empty());
        }

    }

    private static final int NEGATION_FORWARD_WORDS = 7;
    private static final int NEGATION_BACKWARD_WORDS = 4;
    /** At most this many words in each item of a list a negation carries across ("night sweats", "weight loss"). */
    private static final int LIST_ITEM_WORDS = 3;
    private static final int HISTORICAL_FORWARD_WORDS = 5;
    private static final int HISTORICAL_BACKWARD_WORDS = 4;
    private static final int REQUEST_FORWARD_WORDS = 60;
    private static final int REQUEST_BACKWARD_WORDS = 4;
    /** "arthroscopy with SAD was approved by UR and performed on": the done verb closes the mention's own clause. */
    private static final int DONE_BACKWARD_WORDS = 10;
    /** At most this many words between a done verb and its date ("performed on 02/10/2016"). */
    private static final int DONE_DATE_WORDS = 1;
    /** At most this many words ("the patient") between a clause join and the affirming cue that makes it a clause. */
    private static final int CLAUSE_SUBJECT_WORDS = 2;

    private record InScope(Match<Trigger> trigger, int distance) {
    }

    Reading read(Analysis a, Sentence s, int start, int end) {
        List<Match<Trigger>> triggers = a.matchesIn(a.lexicon.triggers, s);
        InScope negation = null;
        InScope history = null;
        InScope request = null;
        InScope done = null;
        for (Match<Trigger> t : triggers) {
            Trigger.Category category = t.value().category();
            if (category == Trigger.Category.PSEUDO || category == Trigger.Category.TERMINATION
                    || category == Trigger.Category.CLAUSE_JOIN || category == Trigger.Category.AFFIRMING
                    || t.overlaps(start, end)) {
                continue;
            }
            int distance = distance(a, triggers, t, start, end);
            if (distance < 0) {
                continue;
            }
            InScope found = new InScope(t, distance);
            switch (category) {
                case NEGATION, DOCUMENTATION_NEGATION -> negation = nearer(negation, found);
                case HISTORICAL -> history = nearer(history, found);
                case REQUEST -> request = nearer(request, found);
                case DONE -> done = dated(a, s, t) ? nearer(done, found) : done;
                default -> { }
            }
        }
        if (done != null && (negation == null || done.distance() < negation.distance())) {
            return new Reading(Assertion.HISTORICAL, false);
        }
        if (request != null && (negation == null || request.distance() < negation.distance())) {
            return new Reading(Assertion.REQUESTED, false);
        }
        if (negation != null) {
            return new Reading(Assertion.NEGATED,
                    negation.trigger().value().category() == Trigger.Category.DOCUMENTATION_NEGATION,
                    Optional.of(negation.trigger()));
        }
        if (history != null) {
            return new Reading(Assertion.HISTORICAL, false);
        }
        return new Reading(s.section().defaultAssertion().orElse(Assertion.AFFIRMED), false);
    }

    Assertion assertion(Analysis a, Sentence s, int start, int end) {
        return read(a, s, start, end).assertion();
    }

    /** Characters between trigger and mention when the mention is in the trigger's scope, else -1. */
    private static int distance(Analysis a, List<Match<Trigger>> triggers, Match<Trigger> t, int start, int end) {
        Trigger trigger = t.value();
        Trigger.Category category = trigger.category();
        if (trigger.direction().forward() && t.end() <= start) {
            int words = category == Trigger.Category.NEGATION || category == Trigger.Category.DOCUMENTATION_NEGATION
                    ? listWords(a.text, t.end(), start) : words(a.text, t.end(), start);
            int max = switch (trigger.category()) {
                case NEGATION, DOCUMENTATION_NEGATION -> NEGATION_FORWARD_WORDS;
                case HISTORICAL -> HISTORICAL_FORWARD_WORDS;
                default -> REQUEST_FORWARD_WORDS;
            };
            if (words <= max && !terminated(a, triggers, t.end(), start, category)
                    && !(category == Trigger.Category.HISTORICAL && switchedTo(a.text, t, start))) {
                return start - t.end();
            }
        }
        if (trigger.direction().backward() && t.start() >= end) {
            int words = words(a.text, end, t.start());
            int max = switch (trigger.category()) {
                case NEGATION, DOCUMENTATION_NEGATION -> NEGATION_BACKWARD_WORDS;
                case HISTORICAL -> HISTORICAL_BACKWARD_WORDS;
                case DONE -> DONE_BACKWARD_WORDS;
                default -> REQUEST_BACKWARD_WORDS;
            };
            if (words <= max && !terminated(a, triggers, end, t.start(), category)) {
                return t.start() - end;
            }
        }
        return -1;
    }

    /** Whether a date of the sentence follows the done verb ("performed on 02/10/2016", "done in 10/2015"). */
    private static boolean dated(Analysis a, Sentence s, Match<Trigger> t) {
        return a.datesIn(t.end(), s.end()).stream()
                .anyMatch(d -> words(a.text, t.end(), d.start()) <= DONE_DATE_WORDS);
    }

    /**
     * A change of treatment ("switched from naproxen to diclofenac", "changed from Norco to tramadol"): what the
     * trigger's "from" names is past, what follows "to" is the treatment now.
     */
    private static boolean switchedTo(String text, Match<Trigger> trigger, int mention) {
        return text.substring(trigger.start(), trigger.end()).toLowerCase(java.util.Locale.ROOT).endsWith(" from")
                && SWITCHED_TO.matcher(text.substring(trigger.end(), mention)).find();
    }

    private static final java.util.regex.Pattern SWITCHED_TO = java.util.regex.Pattern.compile("\\bto\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static boolean terminated(Analysis a, List<Match<Trigger>> triggers, int from, int to,
            Trigger.Category category) {
        for (Match<Trigger> t : triggers) {
            if (t.value().category() == Trigger.Category.TERMINATION && t.start() >= from && t.end() <= to) {
                return true;
            }
        }
        return switch (category) {
            case HISTORICAL -> a.text.substring(from, to).indexOf(',') >= 0 || newClauseAfterAnd(a, triggers, from, to);
            case NEGATION, DOCUMENTATION_NEGATION -> newClause(a, triggers, from, to);
            default -> false;
        };
    }

    /** Whether a new clause begins between from and to: a clause join there with an affirming cue right after it. */
    private static boolean newClause(Analysis a, List<Match<Trigger>> triggers, int from, int to) {
        for (Match<Trigger> join : triggers) {
            if (join.value().category() != Trigger.Category.CLAUSE_JOIN || join.start() < from || join.end() > to) {
                continue;
            }
            if (affirmingCueAfter(a, triggers, join.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a plain "and" between from and to opens a new clause, an affirming cue right after it: "She gave up
     * smoking and does her HEP daily" (a historical scope ends there; "prior PT and acupuncture" stays one list).
     */
    private static boolean newClauseAfterAnd(Analysis a, List<Match<Trigger>> triggers, int from, int to) {
        java.util.regex.Matcher and = AND.matcher(a.text).region(from, to);
        while (and.find()) {
            if (affirmingCueAfter(a, triggers, and.end())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern AND = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])and(?![\\p{L}])");

    /** An affirming cue within a few words ("the patient") after {@code at}. */
    private static boolean affirmingCueAfter(Analysis a, List<Match<Trigger>> triggers, int at) {
        for (Match<Trigger> cue : triggers) {
            if (cue.value().category() == Trigger.Category.AFFIRMING && cue.start() >= at
                    && words(a.text, at, cue.start()) <= CLAUSE_SUBJECT_WORDS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words between a negation and a mention, a list of short items counting as its last item only: "negative for
     * nausea, vomiting, night sweats, weight loss, headache and hematuria" keeps every item in the negation's scope.
     */
    /**
     * An item that states a finding of its own ("reflexes 2+ symmetric", "gait steady"): a list holding one is a list of
     * findings, not of things the negation denies.
     */
    private static final java.util.regex.Pattern STATES_A_FINDING = java.util.regex.Pattern.compile("(?i)\\d|\\+|\\b("
            + "intact|normal|symmetric(al)?|steady|positive|negative|present|absent|decreased|increased|reduced|"
            + "diminished|equal|stable|unremarkable|mild|moderate|severe|is|are|was|were|has|have)\\b");

    private static int listWords(String text, int from, int to) {
        String[] items = text.substring(from, to).split(",", -1);
        if (items.length == 1) {
            return words(text, from, to);
        }
        for (int i = 0; i < items.length - 1; i++) {
            if (words(items[i], 0, items[i].length()) > LIST_ITEM_WORDS || STATES_A_FINDING.matcher(items[i]).find()) {
                return words(text, from, to);
            }
        }
        String last = items[items.length - 1];
        return words(last, 0, last.length());
    }

    private static int words(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static InScope nearer(InScope current, InScope candidate) {
        return current == null || candidate.distance() < current.distance() ? candidate : current;
    }
}
