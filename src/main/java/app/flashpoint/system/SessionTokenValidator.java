package app.flashpoint.system;

import com.nimbusds.jwt.JWT;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the session cookie (the JWT) on every request for less CPU than Micronaut's validator, which parses
 * it anew each time (Base64 and two JSON documents) and builds a fresh {@link Authentication}. A token that
 * passed Micronaut's full validation once is remembered with the authentication it gave; a later request
 * with the very same token still has its HS256 signature verified (with a ready {@link Mac}) and its expiry
 * checked before it is used. A token not remembered, or failing either check, goes to the full validation.
 * Runs before Micronaut's validator, which then sees only the tokens this one rejected.
 */
@Singleton
class SessionTokenValidator implements TokenValidator<HttpRequest<?>> {
    /** A bound on memory (about 1 KB a token): past this many the list is dropped and rebuilt from full validations. */
    static final int MAX_TOKENS = 10_000;

    private record Known(Authentication authentication, long expiresAt) {
    }

    private final ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> full;
    private final Clock clock;
    private final ThreadLocal<Mac> macs;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    SessionTokenValidator(ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> full, InstallationSecrets secrets, Clock clock) {
        this.full = full;
        this.clock = clock;
        // the key JwtSigner's SecretSignature uses: the secret's UTF-8 bytes
        SecretKeySpec key = new SecretKeySpec(secrets.jwt().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        Known k = known.get(token);
        if (k != null && clock.millis() < k.expiresAt() && signed(token)) {
            return Publishers.just(k.authentication());
        }
        return Publishers.then(full.validateToken(token, request), a -> remember(token, a));
    }

    /** Only a token with an expiry (the app's always have one: 30 days) is remembered. */
    private void remember(String token, Authentication authentication) {
        Object exp = authentication.getAttributes().get("exp");
        long expiresAt;
        if (exp instanceof Date d) {
            expiresAt = d.getTime();
        } else if (exp instanceof Number n) {
            expiresAt = n.longValue() * 1000;
        } else {
            return;
        }
        if (known.size() >= MAX_TOKENS) {
            known.clear();
        }
        known.put(token, new Known(authentication, expiresAt));
    }

    /** The HS256 signature over the token's first two parts, compared in constant time. */
    private boolean signed(String token) {
        int dot = token.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = macs.get().doFinal(token.substring(0, dot).getBytes(StandardCharsets.US_ASCII));
        return MessageDigest.isEqual(expected, signature);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
