package org.openimr.letters.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.letters.ReviewerCredentials;
import org.openimr.letters.internal.Blocks.Block;
import org.openimr.letters.internal.LetterText.Line;

/**
 * The reviewer's credentials, from either of the two forms letters use.
 * <ul>
 * <li>The 2016-17 block: "State(s) of Licensure: California,Washington" and "Certification(s)/Specialty: Physical
 * Medicine &amp; Rehabilitation, Pain Management", each split at commas; a value may wrap onto the next line.</li>
 * <li>Prose: "... is Board Certified in X, has a subspecialty in Y, and is licensed to practice in California." gives
 * certifications [X], subspecialties [Y], licensure states [California]. States joined by "and" are split too.</li>
 * </ul>
 * The qualifications are the prose of the section, without the credentials block.
 */
public final class CredentialsParser {

    private static final Pattern STATES_LABEL = Pattern.compile("(?i)^State\\(s\\) of Licensure\\s*:");
    private static final Pattern CERTIFICATIONS_LABEL =
            Pattern.compile("(?i)^Certification\\(s\\)\\s*/\\s*Specialty\\s*:");
    private static final Pattern BLOCK_INTRO = Pattern.compile("(?i)^The Expert Reviewer has the following credentials:?$");
    private static final Pattern BOARD_CERTIFIED = Pattern.compile(
            "(?i)\\bBoard[- ]Certified in (.+?)(?=,? (?:and )?has (?:a )?sub-?specialt(?:y|ies) in |,? and is licensed |,? and (?:is )?licensed |\\.(?:\\s|$))");
    private static final Pattern SUBSPECIALTY = Pattern.compile(
            "(?i)\\bhas (?:a )?sub-?specialt(?:y|ies) in (.+?)(?=,? and is licensed |,? and (?:is )?licensed |\\.(?:\\s|$))");
    private static final Pattern LICENSED = Pattern.compile("(?i)\\blicensed to practice in (.+?)(?:\\.(?:\\s|$)|$)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

    private CredentialsParser() {
    }

    public static ReviewerCredentials parse(List<Line> lines) {
        List<Block> blocks = Blocks.split(lines,
                l -> STATES_LABEL.matcher(l).lookingAt() || CERTIFICATIONS_LABEL.matcher(l).lookingAt()
                        || BLOCK_INTRO.matcher(l).matches());
        List<String> states = null;
        List<String> certifications = null;
        StringBuilder prose = new StringBuilder();
        for (Block block : blocks) {
            String text = block.text();
            Matcher s = STATES_LABEL.matcher(text);
            Matcher c = CERTIFICATIONS_LABEL.matcher(text);
            if (s.lookingAt()) {
                states = splitCommas(text.substring(s.end()));
            } else if (c.lookingAt()) {
                certifications = splitCommas(text.substring(c.end()));
            } else if (!BLOCK_INTRO.matcher(text).matches()) {
                Texts.appendJoined(prose, text);
            }
        }
        String qualifications = Texts.collapse(prose.toString());
        if (states != null || certifications != null) {
            return new ReviewerCredentials(states == null ? List.of() : states,
                    certifications == null ? List.of() : certifications, qualifications);
        }
        return fromProse(qualifications);
    }

    /** Credentials from a prose paragraph ("Board Certified in X, has a subspecialty in Y, and is licensed ..."). */
    public static ReviewerCredentials fromProse(String prose) {
        String text = Texts.collapse(prose);
        List<String> certifications = new ArrayList<>();
        Matcher b = BOARD_CERTIFIED.matcher(text);
        if (b.find()) {
            certifications.add(b.group(1).strip());
        }
        List<String> subspecialties = new ArrayList<>();
        Matcher sub = SUBSPECIALTY.matcher(text);
        if (sub.find()) {
            subspecialties.add(sub.group(1).strip());
        }
        List<String> states = new ArrayList<>();
        Matcher l = LICENSED.matcher(text);
        if (l.find()) {
            for (String state : LIST_SEPARATOR.split(l.group(1).strip())) {
                if (!state.isBlank()) {
                    states.add(state.strip());
                }
            }
        }
        return new ReviewerCredentials(states, certifications, text, subspecialties);
    }

    private static List<String> splitCommas(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String p = Texts.collapse(part);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
