package app.flashpoint.core.generate.draft;

import app.flashpoint.core.document.Paragraph;
import app.flashpoint.core.document.Paragraphs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a document into sentences with exact offsets, reusing {@link Paragraphs} for turns. */
final class Sentences {
    private static final Pattern MARKDOWN_PREFIX = Pattern.compile("(#{1,6}\\s+|[-*+]\\s+|>\\s*|\\d+[.)]\\s+)+");
    private static final Pattern END = Pattern.compile("[.!?][”’\"')]*(?=\\s+[\\p{Lu}“\"‘'(\\d]|\\s*$)");
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc",
            "e.g", "i.e", "no", "jr", "sr", "gen", "col", "sen", "rep", "gov", "inc", "ltd", "co", "fig");

    private Sentences() {
    }

    static List<Sentence> of(String text) {
        var sentences = new ArrayList<Sentence>();
        String speaker = null;
        int turn = 0;
        List<Paragraph> paragraphs = Paragraphs.of(text);
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            if (paragraph.opensTurn()) {
                speaker = paragraph.speaker();
                turn++;
            }
            int from = paragraph.bodyStart();
            Matcher prefix = MARKDOWN_PREFIX.matcher(text).region(from, paragraph.end());
            if (prefix.lookingAt()) {
                from = prefix.end();
            }
            boolean first = true;
            Matcher end = END.matcher(text).region(from, paragraph.end());
            int start = skipSpaces(text, from, paragraph.end());
            while (start < paragraph.end()) {
                int stop = paragraph.end();
                while (end.find()) {
                    if (!abbreviation(text, start, end.start())) {
                        stop = end.end();
                        break;
                    }
                }
                sentences.add(new Sentence(sentences.size(), start, stop, text.substring(start, stop), speaker, p,
                        first, turn));
                first = false;
                start = skipSpaces(text, stop, paragraph.end());
            }
        }
        return sentences;
    }

    /** "U.S." and "Dr." end with a period but do not end a sentence. */
    private static boolean abbreviation(String text, int sentenceStart, int period) {
        if (text.charAt(period) != '.') {
            return false;
        }
        int wordStart = period;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(' && text.charAt(wordStart - 1) != '“') {
            wordStart--;
        }
        String word = text.substring(wordStart, period).toLowerCase();
        return ABBREVIATIONS.contains(word) || word.matches("(\\p{L}\\.)+\\p{L}") || word.matches("\\p{L}");
    }

    private static int skipSpaces(String text, int at, int end) {
        while (at < end && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
