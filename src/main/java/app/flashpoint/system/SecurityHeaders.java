package app.flashpoint.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every response carries. The policy allows only the app's own files: no inline script, style
 * attribute or handler (the views have none; the reader's citations are a JSON data block, never run), so
 * an injected tag cannot run. Runs last on the way out, after the views are rendered and errors answered.
 */
@ServerFilter("/**")
class SecurityHeaders implements Ordered {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    private static final MediaType HTML_UTF8 = MediaType.of("text/html; charset=utf-8");

    private final boolean https;

    SecurityHeaders(@Value("${flashpoint.secure-cookies:false}") boolean https) {
        this.https = https;
    }

    @ResponseFilter
    void addHeaders(MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("Content-Security-Policy", POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        if (!headers.contains("Referrer-Policy")) {
            // a page that holds a secret in its address (a password-reset link) sends no-referrer itself
            headers.set("Referrer-Policy", "same-origin");
        }
        if (https) {
            // only behind HTTPS (the same switch as Secure cookies): over plain HTTP it would lock browsers out
            headers.set("Strict-Transport-Security", "max-age=31536000");
        }
        // the views write UTF-8; saying so keeps a browser from guessing another charset for the page
        response.getContentType()
                .filter(type -> type.getName().equals(MediaType.TEXT_HTML) && type.getCharset().isEmpty())
                .ifPresent(type -> response.contentType(HTML_UTF8));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
