package app.flashpoint.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jwt.JWT;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * Checks the session cookie (the JWT) on every request for less CPU than Micronaut's validator, which parses
 * it anew each time (Base64 and two JSON documents) and builds a fresh {@link Authentication}. A token that
 * passed Micronaut's full validation once (signature included) is remembered with the authentication it
 * gave, keyed by its whole text: a later request with the very same text carries the very same signature,
 * so only its expiry is checked again. Any other token goes to the full validation. Runs before Micronaut's
 * validator, which then sees only the tokens this one did not recognise.
 */
@Singleton
class SessionTokenValidator implements TokenValidator<HttpRequest<?>> {
    /** A bound on memory (about 1 KB a token): past this many the list is dropped and rebuilt from full validations. */
    static final int MAX_TOKENS = 10_000;

    private record Known(Authentication authentication, long expiresAt) {
    }

    private final ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> full;
    private final Clock clock;
    private final Cache<String, Known> known = Caffeine.newBuilder().maximumSize(MAX_TOKENS)
            .expireAfterWrite(Duration.ofHours(1)).build();

    SessionTokenValidator(ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> full, Clock clock) {
        this.full = full;
        this.clock = clock;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        Known k = known.getIfPresent(token);
        if (k != null && clock.millis() < k.expiresAt()) {
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
        known.put(token, new Known(authentication, expiresAt));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
