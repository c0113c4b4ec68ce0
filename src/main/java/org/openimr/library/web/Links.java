package org.openimr.library.web;

import java.util.List;
import java.util.Map;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** The addresses of the library's pages. */
public final class Links {

    private Links() {
    }

    /** The application's address as the current request reached it, e.g. http://localhost:8080. */
    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    public static String letter(String reference) {
        return "/decisions/" + UriUtils.encodePathSegment(reference, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String item(String reference, int itemIndex) {
        return letter(reference) + "#item-" + itemIndex;
    }

    /** A path with query parameters, encoded. */
    public static String withParameters(String path, Map<String, List<String>> parameters) {
        UriComponentsBuilder plain = UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, values) -> values.forEach(v -> plain.queryParam(name,
                UriUtils.encodeQueryParam(v, java.nio.charset.StandardCharsets.UTF_8))));
        return plain.build(true).toUriString();
    }
}
