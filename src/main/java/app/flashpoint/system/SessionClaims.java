package app.flashpoint.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Micronaut checks {@code exp} only when a token has one, and no issuer unless configured: the app's tokens
 * always carry both (30 days; {@code iss} = the application name), so a token without them is not ours.
 */
@Singleton
class SessionClaims implements GenericJwtClaimsValidator<HttpRequest<?>> {
    private final String issuer;

    SessionClaims(@Value("${micronaut.application.name}") String issuer) {
        this.issuer = issuer;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        return claims.get(Claims.EXPIRATION_TIME) != null && issuer.equals(claims.get(Claims.ISSUER));
    }
}
