package com.loyaltykpi.core.comments;

import java.util.List;

/** What detractors and promoters say in one language: the terms each group uses more than the other. */
public final class LanguageReport {

    private final CommentLanguage language;
    private final long detractorComments;
    private final long promoterComments;
    private final List<TermFinding> detractorTerms;
    private final List<TermFinding> promoterTerms;

    LanguageReport(CommentLanguage language, long detractorComments, long promoterComments,
                   List<TermFinding> detractorTerms, List<TermFinding> promoterTerms) {
        this.language = language;
        this.detractorComments = detractorComments;
        this.promoterComments = promoterComments;
        this.detractorTerms = detractorTerms;
        this.promoterTerms = promoterTerms;
    }

    public CommentLanguage language() {
        return language;
    }

    public long detractorComments() {
        return detractorComments;
    }

    public long promoterComments() {
        return promoterComments;
    }

    /** Terms detractors use more, strongest first (z at least 1.96). */
    public List<TermFinding> detractorTerms() {
        return detractorTerms;
    }

    /** Terms promoters use more, strongest first (z at most -1.96). */
    public List<TermFinding> promoterTerms() {
        return promoterTerms;
    }
}
