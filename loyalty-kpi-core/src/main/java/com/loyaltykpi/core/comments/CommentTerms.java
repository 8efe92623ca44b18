package com.loyaltykpi.core.comments;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terms of a comment in its language: the words as Lucene's analyzer leaves them (stemmed, stop words
 * removed) and the two-word phrases of words that stood next to each other (not across a removed stop word or a
 * punctuation break), each with the words as the shopper wrote them, for showing; single letters are left out.
 * One instance per thread.
 */
final class CommentTerms {

    private final Map<CommentLanguage, Analyzer> analyzers = new EnumMap<CommentLanguage, Analyzer>(CommentLanguage.class);

    /** A term of a comment: its stemmed key, and the text it came from, lower case. */
    static final class Term {
        final String key;
        final String shown;

        Term(String key, String shown) {
            this.key = key;
            this.shown = shown;
        }
    }

    List<Term> of(String comment, CommentLanguage language) {
        Analyzer analyzer = analyzers.get(language);
        if (analyzer == null) {
            analyzer = language.analyzer();
            analyzers.put(language, analyzer);
        }
        List<Term> terms = new ArrayList<Term>();
        String lower = comment.toLowerCase(Locale.ROOT);
        try (TokenStream tokens = analyzer.tokenStream("comment", comment)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            String previous = null;
            int previousStart = 0;
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (word.length() < 2) { // a letter alone (an initial, a tag's "b") says nothing
                    previous = null;
                    continue;
                }
                int start = offset.startOffset();
                int end = Math.min(offset.endOffset(), lower.length());
                terms.add(new Term(word, lower.substring(start, end)));
                boolean adjacent = previous != null && increment.getPositionIncrement() == 1
                        && onlySpaceBetween(lower, previousStart, start);
                if (adjacent) {
                    terms.add(new Term(previous + " " + word, lower.substring(previousStart, end)));
                }
                previous = word;
                previousStart = start;
            }
            tokens.end();
        } catch (IOException e) {
            throw new IllegalStateException("reading a comment from memory failed", e); // a StringReader does not fail
        }
        return terms;
    }

    /** Whether the previous word (from {@code from}) and the next (at {@code to}) are separated by spaces only. */
    private static boolean onlySpaceBetween(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        for (; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
