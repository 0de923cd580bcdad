package app.flashpoint.account;

import app.flashpoint.system.InstallationSecrets;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * OWASP's device cookie: after a successful sign-in the browser gets a signed cookie naming the account and
 * a random device id; a browser presenting it for the same account gets its own allowance of attempts
 * (LoginThrottle), so guesses from elsewhere cannot lock the owner out.
 */
@Singleton
class DeviceCookie {
    static final String NAME = "device";
    private static final String PURPOSE = "device-cookie";
    private static final Duration LIFETIME = Duration.ofDays(365);

    private final InstallationSecrets secrets;
    private final boolean secure;
    private final SecureRandom random = new SecureRandom();

    DeviceCookie(InstallationSecrets secrets, @Value("${flashpoint.secure-cookies:false}") boolean secure) {
        this.secrets = secrets;
        this.secure = secure;
    }

    Cookie issue(String username) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String value = encode(username) + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return Cookie.of(NAME, value + "." + secrets.sign(PURPOSE, value)).path("/login").httpOnly(true)
                .secure(secure).sameSite(SameSite.Strict).maxAge(LIFETIME);
    }

    /** The device id when the request carries a valid device cookie for {@code username}, else null. */
    @Nullable
    String deviceFor(HttpRequest<?> request, String username) {
        String cookie = request.getCookies().findCookie(NAME).map(Cookie::getValue).orElse(null);
        if (cookie == null) {
            return null;
        }
        String[] parts = cookie.split("\\.");
        if (parts.length != 3 || !parts[0].equals(encode(username))) {
            return null;
        }
        String expected = secrets.sign(PURPOSE, parts[0] + "." + parts[1]);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII)) ? parts[1] : null;
    }

    private static String encode(String username) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(username.getBytes(StandardCharsets.UTF_8));
    }
}
