package com.loyaltykpi.core.comments;

import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.settings.KeptResults;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the comments of the answers given in a range: per language (English, Italian, German), the words and
 * two-word phrases that detractors use more than promoters and the reverse ({@link FightinWords}), each with
 * examples. A detractor recommends 0-6 (or, without a recommendation, is satisfied 1-2); a promoter recommends
 * 9-10 (or, without one, is satisfied 5); the others' comments count only in the prior. A term is listed when both
 * groups together use it at least {@link #MIN_COUNT} times and its z-score is beyond 1.96 (95%), at most
 * {@link #SHOWN} per list. A comment's language is the one whose stop words it uses most; one with none (a few
 * words) is read in the language most of the range's comments are in. Results are kept per range until the data
 * changes (a new answer).
 */
public class CommentAnalysis {

    static final int SHOWN = 15;
    static final int MIN_COUNT = 3;
    static final double Z = 1.96;
    private static final int EXAMPLES = 2;
    private static final int KEPT = 16;

    private final JdbcTemplate jdbc;
    private final KeptResults<List<LanguageReport>> kept;

    public CommentAnalysis(JdbcTemplate jdbc, DataVersion dataVersion) {
        this.jdbc = jdbc;
        this.kept = new KeptResults<List<LanguageReport>>(dataVersion, KEPT);
    }

    /** The reports of the languages with comments from both groups, for answers given in [from, to). */
    public List<LanguageReport> of(Instant from, Instant to) {
        return kept.get(Arrays.<Object>asList(from, to), () -> compute(from, to));
    }

    private List<LanguageReport> compute(Instant from, Instant to) {
        final Map<CommentLanguage, Corpus> corpora = new EnumMap<CommentLanguage, Corpus>(CommentLanguage.class);
        final CommentTerms terms = new CommentTerms();
        final List<Undecided> undecided = new ArrayList<Undecided>();
        jdbc.query("SELECT SATISFACTION, RECOMMEND, COMMENT_TEXT FROM LK_SURVEY_ANSWER WHERE ANSWERED_AT >= ? AND "
                + "ANSWERED_AT < ? AND COMMENT_TEXT IS NOT NULL", new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        int satisfaction = rs.getInt(1);
                        int recommend = rs.getInt(2);
                        Group group = Group.of(satisfaction, rs.wasNull() ? null : recommend);
                        String comment = rs.getString(3);
                        CommentLanguage language = CommentLanguage.of(comment);
                        if (language == null) {
                            undecided.add(new Undecided(group, comment));
                        } else {
                            corpus(corpora, language).add(group, comment, terms.of(comment, language));
                        }
                    }
                }, from.toEpochMilli(), to.toEpochMilli());
        // a comment without the stop words of any language (a few words) is read in the range's most common one
        CommentLanguage usual = usual(corpora);
        for (Undecided comment : undecided) {
            if (usual != null) {
                corpus(corpora, usual).add(comment.group, comment.text, terms.of(comment.text, usual));
            }
        }
        List<LanguageReport> reports = new ArrayList<LanguageReport>();
        for (Map.Entry<CommentLanguage, Corpus> entry : corpora.entrySet()) {
            Corpus corpus = entry.getValue();
            if (corpus.comments[Group.DETRACTOR.ordinal()] > 0 && corpus.comments[Group.PROMOTER.ordinal()] > 0) {
                reports.add(corpus.report(entry.getKey()));
            }
        }
        return Collections.unmodifiableList(reports);
    }

    private static Corpus corpus(Map<CommentLanguage, Corpus> corpora, CommentLanguage language) {
        Corpus corpus = corpora.get(language);
        if (corpus == null) {
            corpus = new Corpus();
            corpora.put(language, corpus);
        }
        return corpus;
    }

    /** The language most comments of the range are in, or null when none was told. */
    private static CommentLanguage usual(Map<CommentLanguage, Corpus> corpora) {
        CommentLanguage usual = null;
        long most = 0;
        for (Map.Entry<CommentLanguage, Corpus> entry : corpora.entrySet()) {
            long n = entry.getValue().total();
            if (n > most) {
                usual = entry.getKey();
                most = n;
            }
        }
        return usual;
    }

    /** A comment whose language its words did not tell. */
    private static final class Undecided {
        final Group group;
        final String text;

        Undecided(Group group, String text) {
            this.group = group;
            this.text = text;
        }
    }

    /** Whose comment it is. */
    enum Group {
        DETRACTOR, PROMOTER, PASSIVE;

        static Group of(int satisfaction, Integer recommend) {
            if (recommend != null) {
                return recommend <= 6 ? DETRACTOR : recommend >= 9 ? PROMOTER : PASSIVE;
            }
            return satisfaction <= 2 ? DETRACTOR : satisfaction == 5 ? PROMOTER : PASSIVE;
        }
    }

    /** One language's term counts per group, the forms customers wrote, and a few examples. */
    private static final class Corpus {
        final long[] comments = new long[Group.values().length];
        final Map<String, Long> detractors = new LinkedHashMap<String, Long>();
        final Map<String, Long> promoters = new LinkedHashMap<String, Long>();
        final Map<String, Long> all = new LinkedHashMap<String, Long>();
        final Map<String, Map<String, Long>> forms = new LinkedHashMap<String, Map<String, Long>>();
        final Map<String, List<String>> detractorExamples = new LinkedHashMap<String, List<String>>();
        final Map<String, List<String>> promoterExamples = new LinkedHashMap<String, List<String>>();

        long total() {
            long sum = 0;
            for (long n : comments) {
                sum += n;
            }
            return sum;
        }

        void add(Group group, String comment, List<CommentTerms.Term> terms) {
            comments[group.ordinal()]++;
            for (CommentTerms.Term term : terms) {
                increment(all, term.key);
                Map<String, Long> shown = forms.get(term.key);
                if (shown == null) {
                    shown = new LinkedHashMap<String, Long>();
                    forms.put(term.key, shown);
                }
                increment(shown, term.shown);
                if (group != Group.PASSIVE) {
                    increment(group == Group.DETRACTOR ? detractors : promoters, term.key);
                    example(group == Group.DETRACTOR ? detractorExamples : promoterExamples, term.key, comment);
                }
            }
        }

        LanguageReport report(CommentLanguage language) {
            List<TermFinding> detractorTerms = new ArrayList<TermFinding>();
            List<TermFinding> promoterTerms = new ArrayList<TermFinding>();
            List<FightinWords.Score> scores = FightinWords.scores(detractors, promoters, all);
            for (FightinWords.Score score : scores) {
                if (score.z >= Z && detractorTerms.size() < SHOWN && listed(score)) {
                    detractorTerms.add(finding(score, detractorExamples));
                }
            }
            for (int i = scores.size() - 1; i >= 0; i--) {
                FightinWords.Score score = scores.get(i);
                if (score.z <= -Z && promoterTerms.size() < SHOWN && listed(score)) {
                    promoterTerms.add(finding(score, promoterExamples));
                }
            }
            return new LanguageReport(language, comments[Group.DETRACTOR.ordinal()], comments[Group.PROMOTER.ordinal()],
                    Collections.unmodifiableList(detractorTerms), Collections.unmodifiableList(promoterTerms));
        }

        private static boolean listed(FightinWords.Score score) {
            return score.countI + score.countJ >= MIN_COUNT;
        }

        private TermFinding finding(FightinWords.Score score, Map<String, List<String>> examples) {
            List<String> found = examples.get(score.term);
            return new TermFinding(mostWritten(forms.get(score.term)), score.z, score.countI, score.countJ,
                    found == null ? Collections.<String>emptyList() : Collections.unmodifiableList(found));
        }

        private static String mostWritten(Map<String, Long> shown) {
            String best = null;
            long most = -1;
            for (Map.Entry<String, Long> form : shown.entrySet()) {
                if (form.getValue() > most) {
                    best = form.getKey();
                    most = form.getValue();
                }
            }
            return best;
        }

        private static void example(Map<String, List<String>> examples, String key, String comment) {
            List<String> found = examples.get(key);
            if (found == null) {
                found = new ArrayList<String>(EXAMPLES);
                examples.put(key, found);
            }
            if (found.size() < EXAMPLES && !found.contains(comment)) {
                found.add(comment);
            }
        }

        private static void increment(Map<String, Long> counts, String key) {
            Long now = counts.get(key);
            counts.put(key, now == null ? 1L : now + 1);
        }
    }
}
