package io.shinrai.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in through the login form as a browser does, and keeps the session cookie for the load. */
final class WebSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    WebSignIn(URI base) {
        this.base = base;
        client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Fetches the form for its CSRF token, posts email and password; returns the {@code Cookie} header value. */
    String signIn(String email, String password) throws IOException, InterruptedException {
        String form = client.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(form);
        if (!token.find()) {
            throw new IllegalStateException("the login page has no CSRF token");
        }
        String body = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<Void> posted = client.send(HttpRequest.newBuilder(base.resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in as " + email + " failed: " + posted.statusCode() + " to "
                    + location);
        }
        HttpCookie session = cookies.getCookieStore().get(base).stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie after sign-in"));
        return session.getName() + "=" + session.getValue();
    }

    /** The status and size of a page fetched with the session, to check that the load will get the page itself. */
    HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
