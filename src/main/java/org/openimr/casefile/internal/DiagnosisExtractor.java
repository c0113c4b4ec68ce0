package org.openimr.casefile.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.BodySite;
import org.openimr.casefile.Diagnosis;

/**
 * Diagnoses. A list of diagnoses ("diagnosed with A; B; C", "the current diagnoses are documented as A, B, and C",
 * "undergoing treatment for ...", a DIAGNOSES section) gives one diagnosis per item, typed by the lexicon term in it
 * (an item with no known term is kept as OTHER when it reads as one: "pain in unspecified hip"). Elsewhere, each diagnosis term gives a
 * diagnosis read in context ("no evidence of radiculopathy" is negated).
 */
final class DiagnosisExtractor implements Extractor {

    // "dx:" is the diagnosis list written short ("dx: metatarsalgia, L foot"); only with its colon, as "dx" alone may
    // stand in other words ("dx of the L knee pending")
    private static final Pattern LIST_CUE = Pattern.compile("(?i)(?<![\\p{L}])(?:diagnos[ie]s|diagnosed|dx(?=\\s*:)|"
            + "(?:undergoing|under|receiving)\\s+treatment\\s+for|being\\s+treated\\s+for|treated\\s+for|impressions?)"
            + "(?:\\s+(?:that\\s+)?(?:is|are|was|were|include[sd]?|included|including|documented|listed|noted|of|as|"
            + "with|having|for|to\\s+be|the\\s+following))*\\s*:?");
    private static final Pattern OTHER_WORTHY = Pattern.compile("(?i)(?<![\\p{L}])(?:pain|syndrome|disorder|injury|"
            + "disease|lesion|tear|derangement|dysfunction|instability|deformity)(?![\\p{L}])");

    private final ContextRules context;

    DiagnosisExtractor(ContextRules context) {
        this.context = context;
    }

    private record Item(int start, int end) {
    }

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        List<int[]> listed = new ArrayList<>();
        for (Sentence s : a.sentences) {
            if (s.section().excludes(false)) {
                continue;
            }
            int listStart = -1;
            if (s.section() == SectionKind.DIAGNOSES) {
                listStart = s.start();
            } else {
                Matcher cue = LIST_CUE.matcher(a.text).region(s.start(), s.end());
                if (cue.find()) {
                    listStart = cue.end();
                }
            }
            if (listStart >= 0) {
                for (Item item : withTheirParts(a, items(a.text, listStart, s.end()))) {
                    if (listItem(a, s, item, facts)) {
                        listed.add(new int[] {item.start(), item.end()});
                    }
                }
            }
        }
        for (Match<Diagnosis.Kind> m : a.matches(a.lexicon.diagnoses)) {
            if (m.value() == Diagnosis.Kind.PAIN
                    || listed.stream().anyMatch(r -> m.start() >= r[0] && m.end() <= r[1])
                    || a.matches(a.lexicon.surgeries).stream().anyMatch(x -> x.overlaps(m.start(), m.end())
                            && (x.start() < m.start() || x.end() > m.end()))) {
                continue; // site pain counts only where listed as a diagnosis; "carpal tunnel release" is a surgery,
                          // while "failed back surgery syndrome" is a diagnosis naming one
            }
            Optional<Sentence> s = a.sentenceAt(m.start());
            if (s.isEmpty() || s.get().section().excludes(false) || m.end() > s.get().end()) {
                continue;
            }
            Optional<BodySite> region = a.regionNear(s.get(), m.start(), m.end(), 30, 30).map(Match::value);
            facts.diagnoses.add(new Diagnosis(m.value(), a.quote(m.start(), m.end()).replaceAll("\\s+", " "), region,
                    context.assertion(a, s.get(), m.start(), m.end()), a.span(m.start(), m.end())));
        }
    }

    /** An item that names only a part and its side ("L foot", "the left knee"), once the part is taken out. */
    private static final Pattern ONLY_A_SIDE = Pattern.compile("(?i)^(?:\\s|of|on|at|in|the|both|bilateral|left|right|"
            + "lt|rt|(?-i:[LR])|-|\\.)*$");

    /**
     * The items of a list, an item that only names a part and its side joined to the item before it: in "dx:
     * metatarsalgia, L foot" the left foot is the metatarsalgia's part, not a diagnosis of its own.
     */
    private static List<Item> withTheirParts(Analysis a, List<Item> items) {
        List<Item> joined = new ArrayList<>();
        for (Item item : items) {
            List<Match<org.openimr.shared.BodyRegion>> parts = a.bodyParts().stream()
                    .filter(m -> m.within(item.start(), item.end())).toList();
            StringBuilder rest = new StringBuilder(a.text.substring(item.start(), item.end()));
            for (int i = parts.size() - 1; i >= 0; i--) {
                rest.replace(parts.get(i).start() - item.start(), parts.get(i).end() - item.start(), " ");
            }
            if (!joined.isEmpty() && !parts.isEmpty() && ONLY_A_SIDE.matcher(rest).matches()) {
                Item previous = joined.remove(joined.size() - 1);
                joined.add(new Item(previous.start(), item.end()));
            } else {
                joined.add(item);
            }
        }
        return joined;
    }

    /** One item of a list of diagnoses; true when it gave a diagnosis. */
    private boolean listItem(Analysis a, Sentence s, Item item, FactsBuilder facts) {
        List<Match<Diagnosis.Kind>> terms = a.matchesIn(a.lexicon.diagnoses, item.start(), item.end());
        if (terms.isEmpty()) {
            String text = a.quote(item.start(), item.end());
            boolean surgery = !a.matchesIn(a.lexicon.surgeries, item.start(), item.end()).isEmpty();
            if (surgery || !OTHER_WORTHY.matcher(text).find() || text.strip().length() < 4) {
                return false;
            }
            add(a, s, Diagnosis.Kind.OTHER, item, new Match<>(item.start(), item.end(), text),
                    a.regionNear(s, item.start(), item.end(), 0, 0).map(Match::value), facts);
            return true;
        }
        Set<String> seen = new HashSet<>(); // "lumbar sprain strain" is one diagnosis: one per kind and region
        for (Item part : subItems(a.text, item, terms)) {
            List<Match<Diagnosis.Kind>> inPart = terms.stream().filter(t -> t.within(part.start(), part.end()))
                    .sorted((x, y) -> Integer.compare(x.start(), y.start())).toList();
            for (int i = 0; i < inPart.size(); i++) {
                Match<Diagnosis.Kind> t = inPart.get(i);
                int before = i == 0 ? part.start() : inPart.get(i - 1).end();
                int after = i + 1 < inPart.size() ? inPart.get(i + 1).start() : part.end();
                if (inDoubt(a.text, before, t, after)) {
                    continue; // listed, but not diagnosed: "possible metatarsalgia", "?A vs B", "B was excluded"
                }
                Optional<BodySite> region = region(a, s, part, t);
                if (seen.add(t.value() + "|" + region.map(r -> r.region().name()).orElse(""))) {
                    add(a, s, t.value(), part, t, region, facts);
                }
            }
        }
        return true;
    }

    /**
     * Words of doubt before a listed diagnosis ("possible", "probable", "questionable", "suspected", a leading "?"),
     * after it ("was considered but excluded", "not confirmed", "ruled out"), or an alternative beside it ("stress
     * fracture vs metatarsalgia"): the item names a diagnosis considered, not one made.
     */
    private static final Pattern DOUBT_BEFORE = Pattern.compile("(?i)(?:(?<![\\p{L}])(?:possible|possibly|probable|"
            + "probably|questionable|suspected|presumed|vs\\.?|versus)(?![\\p{L}])|\\?)");
    private static final Pattern DOUBT_AFTER = Pattern.compile("(?i)(?<![\\p{L}])(?:excluded|ruled\\s+out|not\\s+"
            + "confirmed|unconfirmed|suspected|vs\\.?|versus)(?![\\p{L}])|^\\s*\\?");

    private static boolean inDoubt(String text, int before, Match<?> term, int after) {
        return DOUBT_BEFORE.matcher(text).region(before, term.start()).find()
                || DOUBT_AFTER.matcher(text).region(term.end(), after).find();
    }

    /**
     * The part a listed diagnosis is of: the part nearest it in its item; where that is the term's own word ("plantar"
     * of plantar fasciitis) with no side, the part of the same region its item names with a side ("plantar fasciitis,
     * R foot"), so the side stays with its item.
     */
    private static Optional<BodySite> region(Analysis a, Sentence s, Item item, Match<?> term) {
        Optional<Match<BodySite>> near = a.regionNear(s, term.start(), term.end(), term.start() - item.start(),
                item.end() - term.end());
        if (near.isPresent() && near.get().value().side().isEmpty() && near.get().overlaps(term.start(), term.end())) {
            Optional<BodySite> sided = a.regionNear(s, term.end(), term.end(), 0, item.end() - term.end())
                    .or(() -> a.regionNear(s, term.start(), term.start(), term.start() - item.start(), 0))
                    .map(Match::value)
                    .filter(b -> b.region() == near.get().value().region() && b.side().isPresent());
            if (sided.isPresent()) {
                return sided;
            }
        }
        return near.map(Match::value);
    }

    private void add(Analysis a, Sentence s, Diagnosis.Kind kind, Item item, Match<?> term, Optional<BodySite> region,
            FactsBuilder facts) {
        Assertion assertion = context.assertion(a, s, term.start(), term.end());
        String text = a.span(item.start(), item.end()).quote().replaceAll("\\s+", " ");
        facts.diagnoses.add(new Diagnosis(kind, text, region, assertion, a.span(item.start(), item.end())));
    }

    /** Items separated by ';' (when the list uses them) or else by ','; a trailing "and" is dropped. */
    static List<Item> items(String text, int from, int to) {
        boolean semicolons = text.substring(from, to).indexOf(';') >= 0;
        char separator = semicolons ? ';' : ',';
        List<Item> items = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : separator;
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (i == to || (c == separator && depth == 0)) {
                int end = i == to && i > from && text.charAt(i - 1) == '.' ? i - 1 : i;
                Item item = trim(text, start, end);
                if (item != null) {
                    items.add(item);
                }
                start = i + 1;
            }
        }
        return items;
    }

    /**
     * Parts of an item joined by "and" or "with" ("impingement syndrome and left thumb fracture"); a part without a
     * diagnosis term of its own ("strain of muscle, fascia, and tendon") stays with the part before it.
     */
    private static List<Item> subItems(String text, Item item, List<Match<Diagnosis.Kind>> terms) {
        List<Item> split = splitAtAnd(text, item);
        List<Item> parts = new ArrayList<>();
        Item carried = null; // a short part without a term ("right and left shoulder sprain") goes with the next
        for (int i = 0; i < split.size(); i++) {
            Item part = carried == null ? split.get(i) : new Item(carried.start(), split.get(i).end());
            carried = null;
            Item current = part;
            boolean hasTerm = terms.stream().anyMatch(t -> t.within(current.start(), current.end()));
            if (!hasTerm && i + 1 < split.size() && text.substring(part.start(), part.end()).split("\\s+").length <= 2) {
                carried = part;
            } else if (!hasTerm && !parts.isEmpty()) {
                Item previous = parts.remove(parts.size() - 1);
                parts.add(new Item(previous.start(), part.end()));
            } else if (hasTerm && !parts.isEmpty() && terms.stream().noneMatch(
                    t -> t.within(parts.get(parts.size() - 1).start(), parts.get(parts.size() - 1).end()))) {
                Item previous = parts.remove(parts.size() - 1);
                parts.add(new Item(previous.start(), part.end()));
            } else {
                parts.add(part);
            }
        }
        return parts;
    }

    private static List<Item> splitAtAnd(String text, Item item) {
        List<Item> parts = new ArrayList<>();
        Matcher and = Pattern.compile("(?i)\\s+and\\s+|\\s+with\\s+").matcher(text).region(item.start(), item.end());
        int start = item.start();
        while (and.find()) {
            Item part = trim(text, start, and.start());
            if (part != null) {
                parts.add(part);
            }
            start = and.end();
        }
        Item last = trim(text, start, item.end());
        if (last != null) {
            parts.add(last);
        }
        return parts;
    }

    private static Item trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == ',' || text.charAt(s) == ':')) {
            s++;
        }
        Matcher lead = Pattern.compile("(?i)^(?:and|or)\\s+").matcher(text).region(s, e);
        if (lead.lookingAt()) {
            s = lead.end();
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) {
            e--;
        }
        return e > s ? new Item(s, e) : null;
    }
}
