package com.loyaltykpi.server.config;

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
 * The server's settings ({@code loyalty.*}), checked at startup: a bad value stops the server with a message naming
 * it. Defaults are documented in docs/SERVER.md.
 *
 * @param timeZone          the shop's time zone for periods, until an operator sets one (IANA name)
 * @param aggregationInterval how often new orders are added to the KPI tables
 * @param lockWait          how long a job waits for a lock another instance holds before it skips its run
 * @param importChunkSize   rows written per transaction by an import
 * @param maxBatch          orders or membership events accepted in one API call
 * @param membershipSources the membership sources in use, until an operator sets them
 * @param scheduling        whether this instance runs the scheduled jobs (off for command line runs)
 * @param defaultCurrency   the dashboard's currency while the shop has no orders (ISO 4217 code)
 */
@Validated
@ConfigurationProperties("loyalty")
public record LoyaltyProperties(
        @NotBlank @DefaultValue("UTC") String timeZone,
        @NotNull @DefaultValue("60s") Duration aggregationInterval,
        @NotNull @DefaultValue("60s") Duration lockWait,
        @Min(100) @Max(50000) @DefaultValue("5000") int importChunkSize,
        @Min(1) @Max(50000) @DefaultValue("5000") int maxBatch,
        @NotBlank @DefaultValue("API,IMPORT,LOYALTY_CARD,ADMIN") String membershipSources,
        @DefaultValue("true") boolean scheduling,
        @NotBlank @Pattern(regexp = "[A-Z]{3}") @DefaultValue("EUR") String defaultCurrency) {
}
