package app.flashpoint.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.csrf.generator.CsrfHmacTokenGenerator;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF tokens in the form Micronaut's validator checks ({@code hmac.random}), signed with the installation's
 * secret rather than a key that would have to sit in configuration. The signature covers the session the
 * request belongs to ({@link SessionBinding}), so a token is good only in the session it was issued in: a
 * new sign-in, sign-up or sign-out gets a new token.
 */
@Singleton
@Replaces(CsrfHmacTokenGenerator.class)
class CsrfTokens implements CsrfHmacTokenGenerator<HttpRequest<?>> {
    private final SecureRandom random = new SecureRandom();
    private final byte[] key;

    CsrfTokens(InstallationSecrets secrets) {
        this.key = secrets.csrf().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String generateCsrfToken(HttpRequest<?> request) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return hmac(request, value) + HMAC_RANDOM_SEPARATOR + value;
    }

    @Override
    public String hmac(HttpRequest<?> request, String randomValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal((SessionBinding.sessionOf(request) + "!" + randomValue)
                            .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
