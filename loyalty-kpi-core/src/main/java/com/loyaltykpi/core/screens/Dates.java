package com.loyaltykpi.core.screens;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.loyaltykpi.core.dashboard.Figures;
import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.money.Money;

/** Instants and amounts as the operator reads them: in the shop's time zone, in the operator's language. */
public final class Dates {

    private final Locale locale;
    private final DateTimeFormatter dateTime;

    public Dates(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone);
    }

    public String at(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    public String money(Money money) {
        return new Figures(locale, money.currency().getCurrencyCode()).value(Kpi.Kind.MONEY, money.amount());
    }
}
