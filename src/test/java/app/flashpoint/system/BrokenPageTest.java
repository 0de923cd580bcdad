package app.flashpoint.system;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.views.View;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A page whose template fails half-way answers 500 with the error page, instead of hanging. */
@MicronautTest(transactional = false)
@Property(name = "flashpoint.test.broken-page", value = "true")
class BrokenPageTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    @Timeout(20)
    void aTemplateErrorBecomesAnErrorPage() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/test/broken").accept(MediaType.TEXT_HTML)));
        assertThat(e.getStatus().getCode()).isEqualTo(500);
        assertThat(e.getResponse().getBody(String.class).orElseThrow())
                .contains("Something went wrong on our side").doesNotContain("Exception");
    }

    @Requires(property = "flashpoint.test.broken-page", value = "true")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Controller("/test/broken")
    static class BrokenPage {
        @Get
        @Produces(MediaType.TEXT_HTML)
        @View("system-test/broken")
        Map<String, Object> page() {
            return Map.of("page", Map.of());
        }
    }
}
