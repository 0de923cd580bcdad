package app.flashpoint.authoring;

import app.flashpoint.system.ErrorResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * A new document may be up to 1 MB of text (what the generator is measured for). An upload or paste whose
 * declared length is already over that (plus room for the form's other fields) is refused before its body
 * is read; a body without a length is measured once read, by the page.
 */
@ServerFilter(patterns = {"/author/decks/*/documents", "/author/decks/*/documents/upload"})
class DocumentLimit {
    static final int MAX_BYTES = 1024 * 1024;
    /** Form fields, multipart boundaries and url-encoding's escapes of typographic characters. */
    private static final long FORM_OVERHEAD = 64 * 1024;
    static final String MESSAGE = "The document is larger than 1 MB. Split it, or paste a part of it.";

    private final ErrorResponses errors;

    DocumentLimit(ErrorResponses errors) {
        this.errors = errors;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> checkLength(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length > tooLarge(request)) {
            return errors.of(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, MESSAGE);
        }
        return null;
    }

    /** Url-encoding triples every non-ASCII byte, so a pasted 1 MB document may take 3 MB on the wire. */
    private static long tooLarge(HttpRequest<?> request) {
        boolean urlEncoded = request.getContentType().map(t -> t.getName().contains("urlencoded")).orElse(false);
        return (urlEncoded ? 3L * MAX_BYTES : MAX_BYTES) + FORM_OVERHEAD;
    }
}
