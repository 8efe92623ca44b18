package com.loyaltykpi.core.screens;

/** A customer as the members screen lists them: id, name, e-mail, loyalty card number (each but the id may be null). */
public final class CustomerSummary {

    private final String id;
    private final String name;
    private final String email;
    private final String card;

    public CustomerSummary(String id, String name, String email, String card) {
        this.id = id;
        this.name = name;
        this.email = email;
        this.card = card;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getCard() {
        return card;
    }
}
