package app.flashpoint.system;

import app.flashpoint.support.SharedApp;
import app.flashpoint.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * KaTeX as the app serves it (assets/katex, from scripts/vendor-katex.sh): each file with its type, a day in any
 * cache, and every font the stylesheet names present, as woff2 only (no rule points at a font that is not there).
 */
@SharedApp
class VendoredKatexTest {
    @Inject
    EmbeddedServer server;

    @Test
    void katexIsServedByTheAppWithItsTypesAndCacheHeaders() {
        WebSession web = new WebSession(URI.create(server.getURL() + "/"));
        var script = web.getBytes("/assets/katex/katex.min.js");
        var autoRender = web.getBytes("/assets/katex/contrib/auto-render.min.js");
        var css = web.get("/assets/katex/katex.min.css");
        var license = web.get("/assets/katex/LICENSE");
        for (HttpResponse<?> js : List.of(script, autoRender)) {
            assertThat(js.statusCode()).as(js.uri().getPath()).isEqualTo(200);
            assertThat(js.headers().firstValue("Content-Type")).as(js.uri().getPath())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/javascript"));
        }
        assertThat(new String(autoRender.body())).contains("renderMathInElement");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(license.body()).contains("The MIT License").contains("Khan Academy");

        assertThat(css.body()).doesNotContainPattern("\\.(woff|ttf)\\)");
        Matcher fonts = Pattern.compile("url\\((fonts/[A-Za-z0-9_-]+\\.woff2)\\)").matcher(css.body());
        int count = 0;
        while (fonts.find()) {
            var font = web.getBytes("/assets/katex/" + fonts.group(1));
            assertThat(font.statusCode()).as(fonts.group(1)).isEqualTo(200);
            assertThat(font.headers().firstValue("Content-Type")).as(fonts.group(1)).hasValue("font/woff2");
            assertThat(new String(font.body(), 0, 4)).as(fonts.group(1)).isEqualTo("wOF2");
            assertCachedForADay(font);
            count++;
        }
        assertThat(count).as("fonts the stylesheet names").isGreaterThanOrEqualTo(20);
        for (HttpResponse<?> file : List.of(script, autoRender, css)) {
            assertCachedForADay(file);
            assertThat(file.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.POLICY);
            assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }

        // the app's own assets change with each release: they keep the short default
        assertThat(web.get("/assets/app.js").headers().firstValue("Cache-Control")).hasValue("private, max-age=60");
        assertThat(web.get("/assets/katex/no-such-file.js").statusCode()).isEqualTo(404);
    }

    private static void assertCachedForADay(HttpResponse<?> response) {
        assertThat(response.headers().firstValue("Cache-Control")).as(response.uri().getPath())
                .hasValue("public, max-age=86400");
    }
}
