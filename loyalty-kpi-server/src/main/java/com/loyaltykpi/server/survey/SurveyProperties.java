package com.loyaltykpi.server.survey;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The surveys' settings ({@code loyalty.survey.*}), checked at startup; the rules (cap, sampling, links' lifetime,
 * waves, reminder) are the Broadleaf module's, with the same defaults. Documented in docs/SERVER.md.
 *
 * @param baseUrl              the server's public address, in front of every survey link
 * @param capDays              at most one invitation per customer in so many days (0: no cap)
 * @param samplingRate         share of orders invited, 0 to 1
 * @param waveIntervalDays     days between relationship waves
 * @param tokenLifetimeDays    days a survey link stays valid
 * @param commentMaxLength     longest comment accepted
 * @param reminderDays         days before the one reminder of an unanswered invitation (0: none)
 * @param waves                whether relationship waves are sent
 * @param mailFrom             the sender of survey e-mails
 * @param mailLanguage         the language of e-mails to customers whose contact names none (en, it, de)
 * @param mailInterval         how often due waves and reminders are sent
 * @param submissionsPerAddressPerMinute survey page views and answers per client address and minute
 * @param submissionsPerLinkPerMinute    answers per link and minute
 * @param alertRecipients      the operators alerted by e-mail of each unhappy answer (comma-separated), until an
 *                             administrator sets them on the settings screen
 * @param alertLanguage        the language of the operators' alerts (en, it, de)
 * @param alertInterval        how often due alerts are sent
 */
@Validated
@ConfigurationProperties("loyalty.survey")
public record SurveyProperties(
        @NotBlank @Pattern(regexp = "https?://[^\\s]+") @DefaultValue("http://localhost:8080") String baseUrl,
        @Min(0) @Max(365) @DefaultValue("30") int capDays,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("1.0") double samplingRate,
        @Min(7) @Max(366) @DefaultValue("90") int waveIntervalDays,
        @Min(1) @Max(365) @DefaultValue("30") int tokenLifetimeDays,
        @Min(0) @Max(10000) @DefaultValue("1000") int commentMaxLength,
        @Min(0) @Max(364) @DefaultValue("0") int reminderDays,
        @DefaultValue("true") boolean waves,
        @NotBlank @Email @DefaultValue("noreply@example.com") String mailFrom,
        @NotBlank @Pattern(regexp = "en|it|de") @DefaultValue("en") String mailLanguage,
        @NotNull @DefaultValue("1h") Duration mailInterval,
        @Min(1) @DefaultValue("30") int submissionsPerAddressPerMinute,
        @Min(1) @DefaultValue("10") int submissionsPerLinkPerMinute,
        @NotNull @DefaultValue("") String alertRecipients,
        @NotBlank @Pattern(regexp = "en|it|de") @DefaultValue("en") String alertLanguage,
        @NotNull @DefaultValue("60s") Duration alertInterval) {
}
