package com.loyaltykpi.server.web;

import com.loyaltykpi.core.screens.ScreenView;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** What the server's controllers of the shared screens have in common: the layout around a screen, CSV downloads. */
public final class Screens {

    private Screens() {
    }

    /** The server's layout (templates/screen.html) around the shared template views/loyalty/{name}.html. */
    public static String show(Model model, String name) {
        model.addAttribute("screen", name);
        return "screen";
    }

    /** A shared screen as the core decided it: its status, its model, in the layout. */
    public static String show(ScreenView screen, Model model, HttpServletResponse response) {
        response.setStatus(screen.status());
        model.addAllAttributes(screen.model());
        return show(model, screen.view());
    }

    /** Starts a CSV download: UTF-8, offered as a file of this name. */
    public static Writer csv(HttpServletResponse response, String fileName) throws IOException {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/csv");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        return response.getWriter();
    }
}
