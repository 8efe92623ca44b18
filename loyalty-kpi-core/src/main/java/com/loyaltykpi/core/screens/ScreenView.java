package com.loyaltykpi.core.screens;

import java.util.Map;

/** A screen to show: its template (views/loyalty/{view}.html), its model, and the HTTP status to answer with. */
public final class ScreenView {

    private final String view;
    private final Map<String, Object> model;
    private final int status;

    ScreenView(String view, Map<String, Object> model, int status) {
        this.view = view;
        this.model = model;
        this.status = status;
    }

    public String view() {
        return view;
    }

    public Map<String, Object> model() {
        return model;
    }

    public int status() {
        return status;
    }
}
