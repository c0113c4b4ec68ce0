package org.openimr.library.evaluation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites of a record's text that cannot change its clinical meaning: a word written short or in full, a number as
 * digits or as a word, a date in another form, another noun for the patient, the other sex's pronouns, the lines
 * wrapped elsewhere. Each is one small function; {@link #ALL} names them in the order the engine log's table lists
 * them. A rewrite that could change what the record says (an "L" that may be lumbar, a "PT" that may be a prothrombin
 * time) is written so narrowly that it cannot.
 */
final class RecordRewrites {

    private RecordRewrites() {
    }

    static final Map<String, UnaryOperator<String>> ALL = new LinkedHashMap<>();

    private static final String[][] NOTES = {{"treatments?", "tx"}, {"symptoms", "sx"}, {"weeks", "wks"},
        {"months", "mos"}, {"complain(?:s|ed) of", "c/o"}, {"follow[- ]up", "f/u"},
        {"activities of daily living", "ADLs"}};

    static {
        ALL.put("physical therapy -> PT", RecordRewrites::physicalTherapyAsPT);
        ALL.put("PT -> physical therapy", RecordRewrites::ptAsPhysicalTherapy);
        ALL.put("chiropractic <-> chiro", RecordRewrites::chiropracticSwapped);
        ALL.put("status post -> s/p", RecordRewrites::statusPostAsSp);
        ALL.put("s/p -> status post", RecordRewrites::spAsStatusPost);
        ALL.put("right/left -> R/L (a side)", RecordRewrites::sidesAsLetters);
        ALL.put("R/L -> right/left (a side)", RecordRewrites::sideLettersAsWords);
        ALL.put("times 12 / x 12 / x12 -> x12", RecordRewrites::timesAsX);
        ALL.put("x12 / x 12 -> times 12", RecordRewrites::xAsTimes);
        ALL.put("small counts: 6 -> six", RecordRewrites::countsAsWords);
        ALL.put("small counts: six -> 6", RecordRewrites::countWordsAsDigits);
        ALL.put("dates 01/02/2016 -> January 2, 2016", RecordRewrites::datesAsWords);
        ALL.put("dates January 2, 2016 -> 01/02/2016", RecordRewrites::datesAsNumbers);
        ALL.put("patient -> injured worker -> applicant", RecordRewrites::patientNounsRotated);
        ALL.put("he/she swapped", RecordRewrites::sexSwapped);
        ALL.put("lines rewrapped", RecordRewrites::rewrapped);
        ALL.put("spaces doubled", RecordRewrites::spacesDoubled);
        ALL.put("L4-5 -> L4-L5", RecordRewrites::levelsInFull);
        ALL.put("L4-L5 -> L4-5", RecordRewrites::levelsShort);
        ALL.put("does not -> doesn't", RecordRewrites::contracted);
        ALL.put("doesn't -> does not", RecordRewrites::expanded);
        ALL.put("sentence ends: '. ' -> '.' + newline", RecordRewrites::sentencesOnTheirOwnLines);
        ALL.put("lumbar spine -> L-spine (C-, T-)", RecordRewrites::spinesShort);
        ALL.put("bilateral -> b/l", RecordRewrites::bilateralShort);
        ALL.put("MRI -> magnetic resonance imaging", RecordRewrites::mriInFull);
        ALL.put("range of motion -> ROM", RecordRewrites::rangeOfMotionShort);
        ALL.put("straight leg raise -> SLR", RecordRewrites::straightLegRaiseShort);
        ALL.put("utilization review <-> UR", RecordRewrites::utilizationReviewSwapped);
        ALL.put("with/without -> w/ / w/o", RecordRewrites::withShort);
        ALL.put("year old -> y/o", RecordRewrites::yearOldShort);
        ALL.put("dates 01/02/2016 -> 1/2/2016", RecordRewrites::datesWithoutZeros);
        ALL.put("dates 01/02/2016 -> 01/02/16", RecordRewrites::datesWithShortYears);
        ALL.put("TENS <-> transcutaneous electrical nerve stimulation", RecordRewrites::tensSwapped);
        ALL.put("medications -> meds", RecordRewrites::medicationsShort);
        ALL.put("history of -> h/o", RecordRewrites::historyOfShort);
        ALL.put("dates 01/02/2016 -> 01-02-2016", RecordRewrites::datesWithHyphens);
        ALL.put("pain 7/10 -> 7 out of 10", RecordRewrites::scoresInWords);
        ALL.put("positive Spurling's -> +Spurling's", RecordRewrites::positiveAsPlus);
        ALL.put("physical therapy -> physiotherapy", RecordRewrites::physiotherapy);
        ALL.put("named care: NSAIDs, ESI, EMG, NCV, FCE, HEP -> in full", RecordRewrites::namedCareInFull);
        ALL.put("named care: in full -> NSAIDs, ESI, EMG, NCV, FCE, HEP", RecordRewrites::namedCareShort);
        for (String[] c : NOTES) {
            ALL.put("notes' shorthand: " + c[1], s -> notesShorthand(s, c));
        }
        ALL.put("decreased -> diminished", RecordRewrites::decreasedAsDiminished);
        ALL.put("negative -> neg", RecordRewrites::negativeShort);
        ALL.put("every short form at once", RecordRewrites::everyShortForm);
        ALL.put("every rewording at once", RecordRewrites::everyRewording);
    }

    private static final int CI = Pattern.CASE_INSENSITIVE;

    static String physicalTherapyAsPT(String s) {
        return replace(s, Pattern.compile("\\bphysical therapy\\b", CI), m -> "PT");
    }

    /** Capital "PT" only, never "PT/INR" nor "PTT". */
    static String ptAsPhysicalTherapy(String s) {
        return replace(s, Pattern.compile("\\bPT\\b(?!/INR|T)"), m -> "physical therapy");
    }

    static String chiropracticSwapped(String s) {
        return replace(s, Pattern.compile("\\b(chiropractic|chiro)\\b", CI),
                m -> m.group(1).equalsIgnoreCase("chiro") ? "chiropractic" : "chiro");
    }

    static String statusPostAsSp(String s) {
        return replace(s, Pattern.compile("\\bstatus post\\b", CI), m -> "s/p");
    }

    static String spAsStatusPost(String s) {
        return replace(s, Pattern.compile("(?<![\\w/])s/p\\b", CI), m -> "status post");
    }

    /** Parts of a limb or the trunk that have a side; "L" before any other word may be lumbar. */
    private static final String SIDED = "(?:shoulders?|knees?|hips?|wrists?|hands?|elbows?|ankles?|feet|foot|arms?|legs?|"
            + "upper extremit(?:y|ies)|lower extremit(?:y|ies)|thumbs?|fingers?|heels?|forearms?|thighs?|calf|"
            + "index finger|ring finger|middle finger|small finger|great toe|toes?|carpal tunnel|sacroiliac|SI joint)\\b";

    static String sidesAsLetters(String s) {
        return replace(s, Pattern.compile("\\b(right|left) (?=" + SIDED + ")", CI),
                m -> m.group(1).toLowerCase(Locale.ROOT).startsWith("r") ? "R " : "L ");
    }

    static String sideLettersAsWords(String s) {
        return replace(s, Pattern.compile("\\b([RL]) (?=(?i:" + SIDED + "))"),
                m -> m.group(1).equals("R") ? "right " : "left ");
    }

    static String timesAsX(String s) {
        return replace(s, Pattern.compile("(?<![A-Za-z-])(?:times|x) ?(?=\\d)", CI), m -> "x");
    }

    static String xAsTimes(String s) {
        return replace(s, Pattern.compile("(?<![A-Za-z-])x ?(?=\\d)", CI),
                m -> (m.start() > 0 && Character.isDigit(s.charAt(m.start() - 1)) ? " " : "") + "times ");
    }

    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve"};
    private static final String COUNTED = "(?=(?:additional |more |further |prior |previous |initial )?"
            + "(?:sessions?|visits?|treatments?|injections?|weeks?|months?|days?|years?|times|hours?)\\b)";

    static String countsAsWords(String s) {
        return replace(s, Pattern.compile("(?<![\\d./-])\\b([1-9]|1[0-2]) " + COUNTED, CI),
                m -> WORDS[Integer.parseInt(m.group(1))] + " ");
    }

    static String countWordsAsDigits(String s) {
        return replace(s, Pattern.compile("\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
                + COUNTED, CI), m -> indexOf(m.group(1).toLowerCase(Locale.ROOT)) + " ");
    }

    private static int indexOf(String word) {
        for (int i = 0; i < WORDS.length; i++) {
            if (WORDS[i].equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word);
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    static String datesAsWords(String s) {
        return replace(s, Pattern.compile("\\b(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/((?:19|20)\\d\\d)\\b"),
                m -> MONTHS[Integer.parseInt(m.group(1)) - 1] + " " + Integer.parseInt(m.group(2)) + ", " + m.group(3));
    }

    static String datesAsNumbers(String s) {
        return replace(s, Pattern.compile("\\b(" + String.join("|", MONTHS) + ") (\\d{1,2}), ((?:19|20)\\d\\d)\\b"),
                m -> String.format(Locale.ROOT, "%02d/%02d/%s", month(m.group(1)), Integer.parseInt(m.group(2)),
                        m.group(3)));
    }

    private static int month(String name) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(name)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** "the patient" becomes "the injured worker", that "the applicant", and that "the patient". */
    static String patientNounsRotated(String s) {
        return replace(s, Pattern.compile("\\b([Tt]he) (patient|injured worker|applicant)\\b"), m -> m.group(1) + " "
                + switch (m.group(2)) {
                    case "patient" -> "injured worker";
                    case "injured worker" -> "applicant";
                    default -> "patient";
                });
    }

    /** Every pronoun and word of sex for the other's; "her" is "him" after a verb or preposition, else "his". */
    static String sexSwapped(String s) {
        Pattern words = Pattern.compile("\\b(he|she|his|him|her|hers|himself|herself|male|female|man|woman|"
                + "gentleman|lady|Mr|Mrs|Ms)\\b", CI);
        return replace(s, words, m -> keepCase(m.group(1), switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "he" -> "she";
            case "she" -> "he";
            case "his" -> "her";
            case "him" -> "her";
            case "hers" -> "his";
            case "himself" -> "herself";
            case "herself" -> "himself";
            case "male" -> "female";
            case "female" -> "male";
            case "man" -> "woman";
            case "woman" -> "man";
            case "gentleman" -> "lady";
            case "lady" -> "gentleman";
            case "mr" -> "Ms";
            case "mrs", "ms" -> "Mr";
            default -> herAsObject(s, m.end()) ? "him" : "his";
        }));
    }

    /** "her" ends its phrase (before punctuation, or before a word that cannot follow a possessive). */
    private static boolean herAsObject(String s, int end) {
        Matcher next = Pattern.compile("\\G\\s*([A-Za-z]+|\\S)").matcher(s);
        if (!next.find(end)) {
            return true;
        }
        String w = next.group(1).toLowerCase(Locale.ROOT);
        return !Character.isLetter(w.charAt(0)) || w.matches("to|for|with|that|and|or|in|on|at|of|from|about|"
                + "as|a|an|the|his|her|their|this|that|some|be|was|is|back|off|up|out|down|over|because|since|until|after|"
                + "before|when|if|which");
    }

    private static String keepCase(String original, String word) {
        if (original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT))
                && !original.equals("Mr") && !original.equals("Ms")) {
            return word.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }

    /** The lines of each paragraph joined and wrapped again at 60 columns. */
    static String rewrapped(String s) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : s.split("\n\\s*\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > 60) {
                    out.append(line).append('\n');
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            out.append(line).append("\n\n");
        }
        return out.toString();
    }

    static String spacesDoubled(String s) {
        return s.replace(" ", "  ");
    }

    static String levelsInFull(String s) {
        return replace(s, Pattern.compile("\\b([CTL])(\\d{1,2})-(\\d{1,2})\\b"),
                m -> m.group(1) + m.group(2) + "-" + m.group(1) + m.group(3));
    }

    static String levelsShort(String s) {
        return replace(s, Pattern.compile("\\b([CTL])(\\d{1,2})-([CTL])(\\d{1,2})\\b"),
                m -> m.group(1).equals(m.group(3)) ? m.group(1) + m.group(2) + "-" + m.group(4) : m.group());
    }

    private static final String[][] CONTRACTIONS = {{"does not", "doesn't"}, {"did not", "didn't"},
        {"is not", "isn't"}, {"was not", "wasn't"}, {"has not", "hasn't"}, {"have not", "haven't"},
        {"had not", "hadn't"}, {"cannot", "can't"}, {"could not", "couldn't"}, {"would not", "wouldn't"},
        {"were not", "weren't"}, {"are not", "aren't"}, {"do not", "don't"}};

    static String contracted(String s) {
        String out = s;
        for (String[] c : CONTRACTIONS) {
            out = replace(out, Pattern.compile("\\b" + c[0] + "\\b", CI), m -> keepCase(m.group(), c[1]));
        }
        return out;
    }

    static String expanded(String s) {
        String out = s.replace('\u2019', '\'');
        for (String[] c : CONTRACTIONS) {
            out = replace(out, Pattern.compile("\\b" + c[1] + "(?!\\w)", CI), m -> keepCase(m.group(), c[0]));
        }
        return out;
    }

    /** A sentence's period followed by a line break instead of a space, where a capital starts the next. */
    static String sentencesOnTheirOwnLines(String s) {
        return replace(s, Pattern.compile("(?<=[a-z)]{2})\\. +(?=[A-Z])"), m -> ".\n");
    }

    static String spinesShort(String s) {
        return replace(s, Pattern.compile("\\b(lumbar|cervical|thoracic) spine\\b", CI),
                m -> Character.toUpperCase(m.group(1).charAt(0)) + "-spine");
    }

    static String bilateralShort(String s) {
        return replace(s, Pattern.compile("\\bbilateral(?:ly)?\\b", CI), m -> "b/l");
    }

    static String mriInFull(String s) {
        return replace(s, Pattern.compile("\\bMRI\\b"), m -> "magnetic resonance imaging");
    }

    static String rangeOfMotionShort(String s) {
        return replace(s, Pattern.compile("\\brange of motion\\b", CI), m -> "ROM");
    }

    static String straightLegRaiseShort(String s) {
        return replace(s, Pattern.compile("\\bstraight[- ]leg[- ]rais(?:e|ing)(?: test)?\\b", CI), m -> "SLR");
    }

    static String utilizationReviewSwapped(String s) {
        return replace(s, Pattern.compile("\\b(utilization review|UR)\\b"),
                m -> m.group(1).equals("UR") ? "utilization review" : "UR");
    }

    static String withShort(String s) {
        return replace(s, Pattern.compile("\\b(with|without)\\b"), m -> m.group(1).equals("with") ? "w/" : "w/o");
    }

    static String yearOldShort(String s) {
        return replace(s, Pattern.compile("\\b(\\d{1,2})[- ]year[- ]old\\b", CI), m -> m.group(1) + " y/o");
    }

    static String datesWithoutZeros(String s) {
        return replace(s, Pattern.compile("\\b0?(\\d{1,2})/0?(\\d{1,2})/((?:19|20)\\d\\d)\\b"),
                m -> m.group(1) + "/" + m.group(2) + "/" + m.group(3));
    }

    static String datesWithShortYears(String s) {
        return replace(s, Pattern.compile("\\b(\\d{1,2}/\\d{1,2})/(?:19|20)(\\d\\d)\\b"), m -> m.group(1) + "/" + m.group(2));
    }

    static String tensSwapped(String s) {
        return replace(s, Pattern.compile("\\b(TENS|transcutaneous electrical nerve stimulation)\\b(?: \\(TENS\\))?"),
                m -> m.group(1).equals("TENS") ? "transcutaneous electrical nerve stimulation" : "TENS");
    }

    static String medicationsShort(String s) {
        return replace(s, Pattern.compile("\\bmedications\\b"), m -> "meds");
    }

    static String historyOfShort(String s) {
        return replace(s, Pattern.compile("\\bhistory of\\b"), m -> "h/o");
    }

    static String datesWithHyphens(String s) {
        return replace(s, Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)\\b"),
                m -> m.group(1) + "-" + m.group(2) + "-" + m.group(3));
    }

    static String scoresInWords(String s) {
        return replace(s, Pattern.compile("\\b(\\d{1,2})/10\\b"), m -> m.group(1) + " out of 10");
    }

    /** "positive" before a test's name; never "positive for", which names a result rather than a sign. */
    static String positiveAsPlus(String s) {
        return replace(s, Pattern.compile("\\bpositive (?!for\\b|and\\b|or\\b|to\\b|on\\b|in\\b|at\\b)(?=[A-Za-z])", CI),
                m -> "+");
    }

    static String physiotherapy(String s) {
        return replace(s, Pattern.compile("\\bphysical therapy\\b", CI), m -> "physiotherapy");
    }

    private static final String[][] NAMED_CARE = {
        {"NSAIDs", "nonsteroidal anti-inflammatory drugs"}, {"NSAID", "nonsteroidal anti-inflammatory drug"},
        {"ESIs", "epidural steroid injections"}, {"ESI", "epidural steroid injection"},
        {"EMG", "electromyography"}, {"NCV", "nerve conduction velocity study"},
        {"FCE", "functional capacity evaluation"}, {"HEP", "home exercise program"}};

    static String namedCareInFull(String s) {
        String out = s;
        for (String[] c : NAMED_CARE) {
            out = replace(out, Pattern.compile("\\b" + c[0] + "\\b"), m -> c[1]);
        }
        return out;
    }

    static String namedCareShort(String s) {
        String out = s;
        for (String[] c : NAMED_CARE) {
            out = replace(out, Pattern.compile("\\b" + c[1] + "\\b", CI), m -> c[0]);
        }
        return out;
    }

    /** One word of a note's shorthand for its full words. */
    static String notesShorthand(String s, String[] words) {
        return replace(s, Pattern.compile("\\b" + words[0] + "\\b", CI), m -> words[1]);
    }

    static String decreasedAsDiminished(String s) {
        return replace(s, Pattern.compile("\\b([Dd])ecreased\\b"), m -> m.group(1) + "iminished");
    }

    static String negativeShort(String s) {
        return replace(s, Pattern.compile("\\b([Nn])egative\\b"), m -> m.group(1) + "eg");
    }

    /** The short forms all together, as a hurried note would write them. */
    static String everyShortForm(String s) {
        return compose(s, RecordRewrites::physicalTherapyAsPT, RecordRewrites::chiropracticSwapped,
                RecordRewrites::statusPostAsSp, RecordRewrites::sidesAsLetters, RecordRewrites::levelsInFull,
                RecordRewrites::contracted, RecordRewrites::spinesShort, RecordRewrites::bilateralShort,
                RecordRewrites::rangeOfMotionShort, RecordRewrites::straightLegRaiseShort,
                RecordRewrites::utilizationReviewSwapped, RecordRewrites::withShort, RecordRewrites::yearOldShort,
                RecordRewrites::medicationsShort, RecordRewrites::historyOfShort, RecordRewrites::datesWithShortYears,
                RecordRewrites::scoresInWords, RecordRewrites::positiveAsPlus);
    }

    /** Another writer: other nouns and pronouns, other numbers and dates, other lines. */
    static String everyRewording(String s) {
        return compose(s, RecordRewrites::patientNounsRotated, RecordRewrites::sexSwapped,
                RecordRewrites::countsAsWords, RecordRewrites::datesAsWords, RecordRewrites::sentencesOnTheirOwnLines,
                RecordRewrites::rewrapped);
    }

    @SafeVarargs
    private static String compose(String s, UnaryOperator<String>... rewrites) {
        String out = s;
        for (UnaryOperator<String> r : rewrites) {
            out = r.apply(out);
        }
        return out;
    }

    private static String replace(String s, Pattern p, Function<Matcher, String> with) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
