package app.flashpoint.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client for tests of cookie-based flows: keeps cookies, does not follow redirects, and
 * posts forms with the CSRF token the last page carried.
 */
public final class WebSession {
    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String csrfToken = "";
    // Each session is its own client (the tests trust 127.0.0.1 as a proxy), so per-address limits
    // apply per test client instead of to the whole suite at once.
    private final String address;

    public WebSession(URI base) {
        this(base, "198.51.100." + (1 + (int) (Math.random() * 250)) + ", 10.9."
                + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
    }

    /** A browser whose requests the trusted proxy reports as coming from {@code forwardedFor}. */
    public WebSession(URI base, String forwardedFor) {
        this.base = base;
        this.address = forwardedFor;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A new browser that has signed up as {@code username} and is signed in. */
    public static WebSession signedUp(URI base, String username, String password) {
        WebSession web = new WebSession(base);
        web.get("/signup");
        HttpResponse<String> response = web.post("/signup", Map.of("username", username, "password", password,
                "confirm", password));
        if (response.statusCode() != 303) {
            throw new AssertionError("sign-up of " + username + " answered " + response.statusCode());
        }
        return web;
    }

    /** A new browser signed in as {@code username} (a refused sign-in fails the test). */
    public static WebSession signedIn(URI base, String username, String password) {
        WebSession web = new WebSession(base);
        web.get("/login");
        HttpResponse<String> response = web.post("/login", Map.of("username", username, "password", password));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 303 || location.contains("failed")) {
            throw new AssertionError("sign-in of " + username + " answered " + response.statusCode() + " " + location);
        }
        return web;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").GET());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrfToken = m.group(1);
        }
        return response;
    }

    /** A GET of the JSON API (whose routes answer JSON only). */
    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET());
    }

    /** Posts a form with the CSRF token of the last page fetched. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        var withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("csrfToken", csrfToken);
        return postRaw(path, withToken);
    }

    /** Posts a form exactly as given (no CSRF token added). */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a multipart form (with the CSRF token of the last page fetched) carrying one file. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField,
                                              String fileName, byte[] content) {
        String boundary = "----flashpoint" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        var withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("csrfToken", csrfToken);
        withToken.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + k + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A GET whose body is kept as bytes (a download). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON POST with {@code csrfHeader} as X-CSRF-Token (none when null), as a page's script sends it. */
    public HttpResponse<String> postJson(String path, String json, String csrfHeader) {
        var request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrfHeader != null) {
            request.header("X-CSRF-Token", csrfHeader);
        }
        return send(request);
    }

    /** A file upload to the JSON API: {@code bytes} as {@code contentType}, the page's CSRF token as its header. */
    public HttpResponse<String> postFile(String path, String contentType, byte[] bytes) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .header("Content-Type", contentType).header("X-CSRF-Token", csrfToken == null ? "" : csrfToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** A POST of {@code body} as {@code contentType}, nothing added (no CSRF token). */
    public HttpResponse<String> postBody(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF token of the last page fetched, for {@link #postJson}. */
    public String csrfToken() {
        return csrfToken;
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /** The signed-in account's id: the {@code sub} claim of the session cookie (a JWT). */
    public long accountId() {
        String jwt = cookie("JWT").orElseThrow(() -> new IllegalStateException("not signed in")).getValue();
        String claims = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Long.parseLong(claims.replaceAll(".*\"sub\":\"(\\d+)\".*", "$1"));
    }

    public void setCookie(String name, String value) {
        var cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    public void forget(String name) {
        cookie(name).ifPresent(c -> cookies.getCookieStore().remove(base, c));
    }

    /** The client address this session's requests come from, as the trusted proxy reports it. */
    public String address() {
        int comma = address.lastIndexOf(", ");
        return comma < 0 ? address : address.substring(comma + 2);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("X-Forwarded-For", address);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
