package org.openimr.cases.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session with the staff pages, without the browser: the session cookie kept, redirects not followed, the
 * CSRF token of the session sent with every POST, as a form does. Signed in through the form at {@code /login}, or
 * anonymous.
 */
final class StaffPageSession {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;
    private String csrf;

    private StaffPageSession(int port) {
        this.port = port;
    }

    /** Nobody signed in, but with the session and CSRF token the sign-in page gives, so a POST is not refused for want of a token. */
    static StaffPageSession anonymous(int port) {
        StaffPageSession s = new StaffPageSession(port);
        s.csrf = s.token(FORM_TOKEN, s.send("GET", "/login", null).body());
        return s;
    }

    static StaffPageSession signIn(int port, String user, String password) {
        StaffPageSession s = anonymous(port);
        HttpResponse<String> signedIn = s.send("POST", "/login", "username=" + encode(user) + "&password="
                + encode(password) + "&_csrf=" + encode(s.csrf));
        String to = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || to.contains("error")) {
            throw new AssertionError(user + " could not sign in: " + signedIn.statusCode() + " " + to);
        }
        // the token changes with the sign-in; every staff page carries the new one in a meta tag
        s.csrf = s.token(META_TOKEN, s.send("GET", "/staff", null).body());
        return s;
    }

    /** The status of a GET, or of a POST of a form with these fields ("name=value&..."; the CSRF token is added). */
    int status(String method, String path, String fields) {
        return send(method, path, method.equals("POST") ? fields + "&_csrf=" + encode(csrf) : null).statusCode();
    }

    /** The answer to a GET. */
    HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    private HttpResponse<String> send(String method, String path, String form) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (form != null) {
                b.header("Content-Type", "application/x-www-form-urlencoded")
                        .method(method, HttpRequest.BodyPublishers.ofString(form));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + ": " + e.getMessage(), e);
        }
    }

    private String token(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page: " + page);
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
