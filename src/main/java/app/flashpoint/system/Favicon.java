package app.flashpoint.system;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Browsers ask for /favicon.ico whatever the page links; the pages link /assets/favicon.svg. */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
class Favicon {
    private final byte[] icon;

    Favicon() {
        try (InputStream in = Favicon.class.getResourceAsStream("/public/favicon.ico")) {
            icon = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(value = "/favicon.ico", produces = "image/x-icon")
    HttpResponse<byte[]> icon() {
        return HttpResponse.ok(icon).header("Cache-Control", "public, max-age=86400");
    }
}
