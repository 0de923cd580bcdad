package app.flashpoint.system;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfHmacTokenGenerator;
import io.micronaut.security.csrf.repository.CookieCsrfTokenRepository;
import io.micronaut.security.csrf.repository.CsrfTokenRepository;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Double-submit CSRF protection needs the token cookie before the first form is posted, also for visitors
 * who have not signed in (sign-in, sign-up and guest forms). This filter issues it on the first request,
 * and again whenever the cookie's token belongs to another session (see {@link CsrfTokens}: the session
 * changed at sign-in, sign-up or sign-out), and makes the token visible to the views of that same request.
 */
@ServerFilter("/**")
class CsrfCookieFilter implements Ordered {
    static final String ATTRIBUTE = "flashpoint.csrf-token";

    private final CsrfConfiguration configuration;
    private final CsrfHmacTokenGenerator<HttpRequest<?>> generator;

    CsrfCookieFilter(CsrfConfiguration configuration, CsrfHmacTokenGenerator<HttpRequest<?>> generator) {
        this.configuration = configuration;
        this.generator = generator;
    }

    @RequestFilter
    void ensureToken(HttpRequest<?> request) {
        Optional<String> existing = request.getCookies().findCookie(configuration.getCookieName()).map(Cookie::getValue)
                .filter(token -> belongsHere(request, token));
        request.setAttribute(ATTRIBUTE, existing.orElseGet(() -> generator.generateCsrfToken(request)));
        request.setAttribute(ATTRIBUTE + ".new", existing.isEmpty());
    }

    private boolean belongsHere(HttpRequest<?> request, String token) {
        int dot = token.indexOf(CsrfHmacTokenGenerator.HMAC_RANDOM_SEPARATOR);
        return dot > 0 && java.security.MessageDigest.isEqual(
                token.substring(0, dot).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                generator.hmac(request, token.substring(dot + 1)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @ResponseFilter
    void issueCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE + ".new", Boolean.class).orElse(false))) {
            String token = request.getAttribute(ATTRIBUTE, String.class).orElseThrow();
            response.cookie(Cookie.of(configuration.getCookieName(), token).configure(configuration, request.isSecure()));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /**
     * The one place the views and the CSRF check read the token from: the cookie's token when it belongs to
     * this request's session, else the one issued during this very request. It replaces Micronaut's cookie
     * repository, which would hand out a cookie's token from before a sign-in as well.
     */
    @Singleton
    @Replaces(CookieCsrfTokenRepository.class)
    static class IssuedTokenRepository implements CsrfTokenRepository<HttpRequest<?>> {
        @Override
        public Optional<String> findCsrfToken(HttpRequest<?> request) {
            return request.getAttribute(ATTRIBUTE, String.class);
        }
    }
}
