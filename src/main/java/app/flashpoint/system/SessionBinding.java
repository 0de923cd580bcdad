package app.flashpoint.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server-side session a request's session cookie names (the {@value #CLAIM} claim of its JWT), so CSRF
 * tokens can be bound to it: a token taken from one session is worthless in another. Read from the cookie
 * itself, not from the request's authentication, because the CSRF cookie is issued by a filter that runs
 * before security; the token is not trusted here (security validates it), only its session id is used.
 */
public final class SessionBinding {
    /** The JWT claim naming the session (see account/Sessions). */
    public static final String CLAIM = "sid";
    private static final String SESSION_COOKIE = "JWT";
    private static final Pattern SID = Pattern.compile("\"" + CLAIM + "\"\\s*:\\s*\"([A-Za-z0-9_-]{1,64})\"");

    private SessionBinding() {
    }

    /** The session id, or "" when the request carries no session (a visitor who has not started one). */
    static String sessionOf(HttpRequest<?> request) {
        String jwt = request.getCookies().findCookie(SESSION_COOKIE).map(Cookie::getValue).orElse("");
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return "";
        }
        try {
            Matcher m = SID.matcher(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : "";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
