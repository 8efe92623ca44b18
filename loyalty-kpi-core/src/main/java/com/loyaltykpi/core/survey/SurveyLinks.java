package com.loyaltykpi.core.survey;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** The address of the survey page for a token: the shop's public base URL, then /loyalty/survey/{token}. */
public final class SurveyLinks {

    /** The path of the survey page, before the token; the web layer serves it. */
    public static final String PATH = "/loyalty/survey/";

    private static final Log LOG = LogFactory.getLog(SurveyLinks.class);

    private final String baseUrl;

    /** @param baseUrl the shop's public address, such as https://shop.example.com (no trailing slash needed) */
    public SurveyLinks(String baseUrl) {
        String trimmed = baseUrl == null ? "" : baseUrl.trim();
        this.baseUrl = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        if (this.baseUrl.isEmpty()) {
            LOG.warn("Loyalty: loyalty.survey.baseUrl is not set; survey links in e-mails are relative and will not "
                    + "open from a mail client. Set it to the shop's public address, such as https://shop.example.com");
        }
    }

    public String link(String token) {
        return baseUrl + PATH + token;
    }
}
