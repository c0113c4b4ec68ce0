package org.openimr.library.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.openimr.library.OpenDataExport;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The open-data downloads: the whole library, one record per disputed item, streamed as it is read. */
@Controller
class OpenDataController {

    private final OpenDataExport export;

    OpenDataController(OpenDataExport export) {
        this.export = export;
    }

    @GetMapping("/data/decisions.csv")
    void csv(HttpServletResponse response) throws IOException {
        Writer out = start(response, "text/csv;charset=UTF-8", "openimr-decisions.csv");
        export.writeCsv(out, Links.base());
        out.flush();
    }

    @GetMapping("/data/decisions.jsonl")
    void jsonLines(HttpServletResponse response) throws IOException {
        Writer out = start(response, "application/jsonl;charset=UTF-8", "openimr-decisions.jsonl");
        export.writeJsonLines(out, Links.base());
        out.flush();
    }

    private static Writer start(HttpServletResponse response, String contentType, String fileName) throws IOException {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
    }
}
