package com.loyaltykpi.core.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A survey answer as submitted (text from a form or an API), checked: satisfaction a whole number from 1 to 5,
 * recommend from 0 to 10, an optional comment no longer than the limit. Control characters other than line
 * breaks and tabs are dropped from the comment (no database stores them all); an empty comment is none. Three
 * shapes: the whole answer at once ({@link #parse}), the satisfaction score alone (the one click,
 * {@link #parseRating}), and the follow-up after it ({@link #parseFollowUp}: an optional recommendation score and an
 * optional comment).
 */
public final class AnswerForm {

    private final Integer satisfaction;
    private final Integer recommend;
    private final String comment;
    private final List<AnswerProblem> problems;

    private AnswerForm(Integer satisfaction, Integer recommend, String comment, List<AnswerProblem> problems) {
        this.satisfaction = satisfaction;
        this.recommend = recommend;
        this.comment = comment;
        this.problems = Collections.unmodifiableList(problems);
    }

    public static AnswerForm parse(String satisfaction, String recommend, String comment, int commentMaxLength) {
        List<AnswerProblem> problems = new ArrayList<AnswerProblem>();
        Integer s = satisfaction(satisfaction, problems);
        Integer r = recommend(recommend, problems);
        return new AnswerForm(s, r, comment(comment, commentMaxLength, problems), problems);
    }

    /** The satisfaction score alone. */
    public static AnswerForm parseRating(String satisfaction) {
        List<AnswerProblem> problems = new ArrayList<AnswerProblem>();
        return new AnswerForm(satisfaction(satisfaction, problems), null, null, problems);
    }

    /** The follow-up: a recommendation score and a comment, each optional. */
    public static AnswerForm parseFollowUp(String recommend, String comment, int commentMaxLength) {
        List<AnswerProblem> problems = new ArrayList<AnswerProblem>();
        Integer r = recommend == null || recommend.trim().isEmpty() ? null : recommend(recommend, problems);
        return new AnswerForm(null, r, comment(comment, commentMaxLength, problems), problems);
    }

    private static Integer satisfaction(String satisfaction, List<AnswerProblem> problems) {
        return score(satisfaction, 1, 5, AnswerProblem.SATISFACTION_MISSING, AnswerProblem.SATISFACTION_OUT_OF_RANGE,
                problems);
    }

    private static Integer recommend(String recommend, List<AnswerProblem> problems) {
        return score(recommend, 0, 10, AnswerProblem.RECOMMEND_MISSING, AnswerProblem.RECOMMEND_OUT_OF_RANGE, problems);
    }

    private static String comment(String comment, int commentMaxLength, List<AnswerProblem> problems) {
        String text = clean(comment);
        if (text != null && text.codePointCount(0, text.length()) > commentMaxLength) {
            problems.add(AnswerProblem.COMMENT_TOO_LONG);
        }
        return text;
    }

    private static Integer score(String value, int min, int max, AnswerProblem missing, AnswerProblem outOfRange,
                                 List<AnswerProblem> problems) {
        if (value == null || value.trim().isEmpty()) {
            problems.add(missing);
            return null;
        }
        String digits = value.trim();
        if (digits.length() > 2 || !digits.matches("[0-9]+") || Integer.parseInt(digits) < min
                || Integer.parseInt(digits) > max) {
            problems.add(outOfRange);
            return null;
        }
        return Integer.valueOf(digits);
    }

    private static String clean(String comment) {
        if (comment == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(comment.length());
        for (int i = 0; i < comment.length(); i++) {
            char c = comment.charAt(i);
            boolean surrogatePair = Character.isHighSurrogate(c) && i + 1 < comment.length()
                    && Character.isLowSurrogate(comment.charAt(i + 1));
            if (surrogatePair) {
                kept.append(c).append(comment.charAt(++i));
            } else if (!Character.isSurrogate(c) && (!Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t')) {
                kept.append(c);
            }
        }
        String trimmed = kept.toString().trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public List<AnswerProblem> problems() {
        return problems;
    }

    /** 1 to 5 (valid whole answers and ratings only). */
    public int satisfaction() {
        return satisfaction;
    }

    /** 0 to 10, or null in a follow-up without it (valid forms only). */
    public Integer recommend() {
        return recommend;
    }


    /** The comment, or null. */
    public String comment() {
        return comment;
    }
}
