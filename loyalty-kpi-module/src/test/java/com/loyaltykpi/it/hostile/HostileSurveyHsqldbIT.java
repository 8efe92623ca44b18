package com.loyaltykpi.it.hostile;

import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.survey.AnswerChannel;
import com.loyaltykpi.core.survey.Invitation;
import com.loyaltykpi.core.survey.Invitations;
import com.loyaltykpi.it.BroadleafShop;
import com.loyaltykpi.it.Browser;
import com.loyaltykpi.it.ShopWeb;
import com.loyaltykpi.it.TestDatabase;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated survey submissions over real HTTP to the storefront's survey page: real, well-formed but unknown,
 * and garbage tokens; answers in and out of range, not numbers, huge, in any script; with and without the
 * session's CSRF token; or a raw body of any content type. Never a server error; always the survey page with
 * its message, except for an address the servlet container refuses itself ("400 Bad Request": an encoded slash
 * or backslash, say); at most one answer per link, exactly one when the page says thank you. Fixed seed; tries:
 * -Djqwik.tries.default (CI 200, reliability 5,000).
 */
class HostileSurveyHsqldbIT {

    private static final AtomicInteger CUSTOMERS = new AtomicInteger();

    @Property(seed = "20261125")
    void everySubmissionGetsTheSurveyPageAndCountsAtMostOnce(@ForAll("submissions") Submission submission) throws Exception {
        BroadleafShop shop = BroadleafShop.on(TestDatabase.HSQLDB);
        String base = ShopWeb.on(shop).baseUrl() + "/loyalty/survey/";
        Invitations invitations = shop.bean("lkInvitations", Invitations.class);
        Invitation invitation = invitations.forWave("hostile-" + CUSTOMERS.incrementAndGet(), Segment.MEMBER, Instant.now());
        String token = submission.token(invitations.token(invitation, AnswerChannel.LINK));
        String url = base + URLEncoder.encode(token, StandardCharsets.UTF_8).replace("+", "%20");
        Browser browser = new Browser(submission.language);

        Map<String, String> fields = new LinkedHashMap<String, String>();
        Element form = Jsoup.parse(browser.get(url).body()).selectFirst("form.lk-survey-rate");
        if (form != null && submission.post != Post.WITHOUT_CSRF_TOKEN) {
            for (Element hidden : form.select("input[type=hidden]")) {
                fields.put(hidden.attr("name"), hidden.attr("value"));
            }
            submission.step(fields);
        }
        submission.fields(fields);
        HttpResponse<String> response = submission.rawContentType == null ? browser.post(url, fields)
                : browser.postRaw(url, submission.rawContentType, submission.comment);

        assertThat(response.statusCode()).as("%s", submission).isLessThan(500);
        assertThat(response.body()).doesNotContain("Exception");
        if (!response.body().contains("lk-survey-page")) {
            // an address Tomcat refuses before any webapp sees it (an encoded slash or backslash, say)
            assertThat(response.statusCode()).as("%s", submission).isEqualTo(400);
            assertThat(response.body()).contains("Bad Request");
        }
        long answers = shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_SURVEY_ANSWER WHERE INVITATION_ID = ?",
                Long.class, invitation.id());
        assertThat(answers).as("answers of the link, after %s", response.statusCode())
                .isEqualTo(response.statusCode() == 200 ? 1 : 0);
    }

    @Provide
    Arbitrary<Submission> submissions() {
        Arbitrary<String> score = Arbitraries.oneOf(Arbitraries.integers().between(-2, 12).map(String::valueOf),
                Arbitraries.strings().ofMaxLength(12), Arbitraries.just(null), Arbitraries.just("3.5"),
                Arbitraries.just("99999999999999999999"));
        Arbitrary<String> comment = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(3000),
                Arbitraries.strings().withChars('x').ofLength(2_000_000), Arbitraries.just(null),
                Arbitraries.just("<script>alert(1)</script>"));
        Arbitrary<String> contentType = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of("text/plain",
                "application/json", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded; charset=ISO-8859-1"));
        return Combinators.combine(Arbitraries.of(TokenKind.class), Arbitraries.strings().all().ofMaxLength(200),
                score, score, comment, Arbitraries.of(Post.class), contentType, Arbitraries.of("en", "it", "de", "zz"))
                .as(Submission::new);
    }

    enum TokenKind { REAL, WELL_FORMED_UNKNOWN, REAL_TAMPERED, GARBAGE }

    /** Which form the submission claims to come from: the one-click rating, the follow-up, a whole answer, or none. */
    enum Post { RATING, FOLLOW_UP, WHOLE_ANSWER, WITHOUT_CSRF_TOKEN }

    /** One submission: which token, what fields, whether with the CSRF token, or a raw body. */
    static final class Submission {
        final TokenKind tokenKind;
        final String garbage;
        final String satisfaction;
        final String recommend;
        final String comment;
        final Post post;
        final String rawContentType;
        final String language;

        Submission(TokenKind tokenKind, String garbage, String satisfaction, String recommend, String comment,
                   Post post, String rawContentType, String language) {
            this.tokenKind = tokenKind;
            this.garbage = garbage;
            this.satisfaction = satisfaction;
            this.recommend = recommend;
            this.comment = comment;
            this.post = post;
            this.rawContentType = rawContentType;
            this.language = language;
        }

        String token(String real) {
            switch (tokenKind) {
                case REAL:
                    return real;
                case WELL_FORMED_UNKNOWN:
                    return "A" + real.substring(1, 42) + (real.charAt(42) == 'B' ? 'C' : 'B');
                case REAL_TAMPERED:
                    return real + garbage;
                default:
                    return garbage.isEmpty() ? "x" : garbage;
            }
        }

        void step(Map<String, String> fields) {
            if (post == Post.FOLLOW_UP) {
                fields.put("step", "more");
            } else if (post == Post.WHOLE_ANSWER) {
                fields.remove("step");
            }
        }

        void fields(Map<String, String> fields) {
            put(fields, "satisfaction", satisfaction);
            put(fields, "recommend", recommend);
            put(fields, "comment", comment);
        }

        private static void put(Map<String, String> fields, String name, String value) {
            if (value != null) {
                fields.put(name, value);
            }
        }

        @Override
        public String toString() {
            return tokenKind + " token (garbage " + shorten(garbage) + "), satisfaction " + shorten(satisfaction) + ", recommend " + shorten(recommend)
                    + ", comment " + shorten(comment) + ", post " + post + ", raw " + rawContentType + ", " + language;
        }

        private static String shorten(String value) {
            return value == null ? "none" : value.length() > 40 ? value.substring(0, 40) + "... (" + value.length() + " chars)" : "'" + value + "'";
        }
    }
}
