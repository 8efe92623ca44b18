package com.loyaltykpi.admin.web;

import java.io.IOException;
import java.io.Writer;

import javax.servlet.http.HttpServletResponse;

/** Starts a CSV download: UTF-8, offered as a file of this name. */
final class CsvDownload {

    private CsvDownload() {
    }

    static Writer start(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return response.getWriter();
    }
}
