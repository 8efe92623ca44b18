package com.loyaltykpi.server.ofbiz;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The Apache OFBiz connector ({@code loyalty.ofbiz.*}, docs/OFBIZ.md): where OFBiz's database is and how often it
 * is read.
 *
 * @param url       JDBC URL of OFBiz's database (PostgreSQL, or Derby's network server); empty: no connector
 * @param username  a read-only user
 * @param password  its password
 * @param interval  how often new and changed orders are read
 * @param pageSize  orders read and written per transaction
 * @param overlap   how far before the saved cursor each run reads again, for transactions that committed late
 * @param memberClassification the party classification group whose parties are the program's members
 * @param memberAttribute the party attribute whose holders are the program's members (such as a card number), instead
 *                  of a classification; both empty: memberships come from the API or CSV files
 */
@Validated
@ConfigurationProperties("loyalty.ofbiz")
public record OfbizProperties(
        @DefaultValue("") String url,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @NotNull @DefaultValue("60s") Duration interval,
        @Min(10) @Max(10000) @DefaultValue("1000") int pageSize,
        @NotNull @DefaultValue("10m") Duration overlap,
        @DefaultValue("") String memberClassification,
        @DefaultValue("") String memberAttribute) {

    /** The origin of the facts the connector writes. */
    public static final String ORIGIN = "ofbiz";

    public boolean enabled() {
        return !url.isBlank();
    }

    /** Members come from a classification group or from an attribute, not both. */
    @AssertTrue(message = "set loyalty.ofbiz.member-classification or loyalty.ofbiz.member-attribute, not both")
    public boolean isOneMemberSource() {
        return memberClassification.isBlank() || memberAttribute.isBlank();
    }
}
