package com.loyaltykpi.admin.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.HtmlUtils;

/**
 * An import file larger than the admin accepts (Broadleaf's {@code asset.server.max.uploadable.file.size}, 10 MB by
 * default) is refused before any controller sees it; on the Data screen's import this answers 413 with a page that
 * says so and where to go instead, not Broadleaf's 500. Other uploads of the admin fail as they did.
 */
@ControllerAdvice
public class UploadLimitAdvice {

    static final String IMPORT_PATH = "/loyalty-data/import";

    private final MessageSource messages;

    public UploadLimitAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public void tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException, MaxUploadSizeExceededException {
        if (!request.getRequestURI().endsWith(IMPORT_PATH)) {
            throw e;
        }
        drain(request);
        Locale locale = request.getLocale();
        String title = HtmlUtils.htmlEscape(messages.getMessage("lk.data.import", null, "Import", locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("lk.data.import.tooLarge",
                new Object[] {e.getMaxUploadSize()}, locale));
        String back = HtmlUtils.htmlEscape(messages.getMessage("lk.data.import.back", null, "Back", locale));
        response.setStatus(413);
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(locale.getLanguage()) + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + title + "</title></head><body><h1>" + title + "</h1><div id=\"lk-import-report\"><p>" + text
                + "</p></div><p><a href=\"" + HtmlUtils.htmlEscape(request.getContextPath()) + "/loyalty-data\">" + back
                + "</a></p></body></html>");
        out.flush();
    }

    /**
     * Reads the rest of the upload (and throws it away): a browser shows the answer only once it has sent its
     * request, and the servlet container closes the connection on a large body left unread.
     */
    private static void drain(HttpServletRequest request) throws IOException {
        InputStream in = request.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        while (in.read(buffer) >= 0) {
            // discard
        }
    }
}
