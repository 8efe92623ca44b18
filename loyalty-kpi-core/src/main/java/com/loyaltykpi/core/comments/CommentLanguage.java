package com.loyaltykpi.core.comments;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.util.CharArraySet;
import org.apache.lucene.util.Version;

import java.util.Locale;

/**
 * The languages whose comments are read (English, Italian, German), each with Lucene's analyzer for it (stemming
 * and stop words), and which of them a comment is in: the one whose stop words it uses most (answers do not record
 * the shopper's language). A comment with none of them, or a tie, is in no language and is not read.
 */
public enum CommentLanguage {

    EN(EnglishAnalyzer.getDefaultStopSet()) {
        @Override
        Analyzer analyzer() {
            return new EnglishAnalyzer(Version.LUCENE_44);
        }
    },
    IT(ItalianAnalyzer.getDefaultStopSet()) {
        @Override
        Analyzer analyzer() {
            return new ItalianAnalyzer(Version.LUCENE_44);
        }
    },
    DE(GermanAnalyzer.getDefaultStopSet()) {
        @Override
        Analyzer analyzer() {
            return new GermanAnalyzer(Version.LUCENE_44);
        }
    };

    private final CharArraySet stopWords;

    CommentLanguage(CharArraySet stopWords) {
        this.stopWords = stopWords;
    }

    /** A new analyzer for the language (an analyzer is used by one thread at a time). */
    abstract Analyzer analyzer();

    /** The ISO code: en, it, de. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a comment, or null when it uses none of their stop words more than the others'. */
    public static CommentLanguage of(String comment) {
        int[] hits = new int[values().length];
        char[] text = comment.toLowerCase(Locale.ROOT).toCharArray();
        int start = -1;
        for (int i = 0; i <= text.length; i++) {
            boolean letter = i < text.length && Character.isLetter(text[i]);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                for (CommentLanguage language : values()) {
                    if (language.stopWords.contains(text, start, i - start)) {
                        hits[language.ordinal()]++;
                    }
                }
                start = -1;
            }
        }
        CommentLanguage best = null;
        int most = 0;
        boolean tie = false;
        for (CommentLanguage language : values()) {
            int n = hits[language.ordinal()];
            if (n > most) {
                best = language;
                most = n;
                tie = false;
            } else if (n == most && n > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
