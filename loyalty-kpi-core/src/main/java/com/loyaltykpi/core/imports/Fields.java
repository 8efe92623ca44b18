package com.loyaltykpi.core.imports;

import com.loyaltykpi.core.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;

/**
 * Checks the fields of orders and memberships from outside (import files, an ingestion API); each failure is an
 * {@link IllegalArgumentException} with a plain message that names the field.
 */
public final class Fields {

    static final int MAX_ID_LENGTH = 64;

    private Fields() {
    }

    public static String id(String value, String field, boolean required) {
        if (value.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException(field + " is empty");
            }
            return null;
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_ID_LENGTH + " characters");
        }
        return value;
    }

    /** An ISO-8601 instant with an offset, such as 2026-03-01T10:15:30+01:00 or 2026-03-01T09:15:30Z. */
    public static Instant instant(String value, String field) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + shorten(value) + "' is not an ISO-8601 instant with offset "
                    + "(for example 2026-03-01T10:15:30+01:00)");
        }
    }

    public static Currency currency(String value) {
        try {
            return Currency.getInstance(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency '" + shorten(value) + "' is not an ISO 4217 code");
        }
    }

    /** A non-negative amount with no more decimals than the currency has. */
    public static BigDecimal amount(String value, String field, Currency currency) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + shorten(value) + "' is not a number (use '.' for decimals)");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(field + " is negative");
        }
        if (amount.stripTrailingZeros().scale() > Money.scaleOf(currency)) {
            throw new IllegalArgumentException(field + " " + value + " has more decimals than " + currency.getCurrencyCode()
                    + " allows (" + Money.scaleOf(currency) + ")");
        }
        if (amount.precision() - amount.scale() > 14) {
            throw new IllegalArgumentException(field + " " + shorten(value) + " is too large");
        }
        return amount;
    }

    public static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
