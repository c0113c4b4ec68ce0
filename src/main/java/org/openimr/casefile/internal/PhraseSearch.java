package org.openimr.casefile.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openimr.casefile.CaseDocument;
import org.openimr.casefile.PhraseMention;

/** Finds a caller's phrases in a document and reads each in its sentence (see {@code PhraseLexicon}). */
public final class PhraseSearch<V> {

    private final PhraseMatcher<V> matcher;
    private final ContextRules context = new ContextRules();

    private PhraseSearch(PhraseMatcher<V> matcher) {
        this.matcher = matcher;
    }

    public static <V> PhraseSearch<V> of(Map<String, V> phrases) {
        return new PhraseSearch<>(PhraseMatcher.of(phrases));
    }

    /** A search that finds every phrase, overlapping and nested ones included (see {@code PhraseLexicon.everyPhrase}). */
    public static <V> PhraseSearch<V> everyPhrase(Map<String, V> phrases) {
        return new PhraseSearch<>(PhraseMatcher.everyTerm(phrases));
    }

    public List<PhraseMention<V>> find(CaseDocument document) {
        Lexicon lexicon = Lexicon.standard();
        Analysis a = new Analysis(document, lexicon, new SentenceSplitter(lexicon));
        List<PhraseMention<V>> found = new ArrayList<>();
        for (Match<V> m : a.matches(matcher)) {
            Optional<Sentence> s = a.sentenceAt(m.start());
            if (s.isEmpty()) {
                continue;
            }
            ContextRules.Reading reading = context.read(a, s.get(), m.start(), m.end());
            found.add(new PhraseMention<>(m.value(), reading.assertion(), reading.documentationOnly(),
                    a.span(m.start(), m.end()), a.span(s.get().start(), s.get().end()),
                    reading.negationCue().map(cue -> a.span(cue.start(), cue.end()))));
        }
        return found;
    }
}
