package app.flashpoint.generate;

import app.flashpoint.system.ErrorBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Refuses an oversized document from its Content-Length, before the body is read: the server-wide limit
 * (50 MB, for other endpoints) would otherwise let this route buffer far more than it can ever accept.
 * Bodies without a length (chunked) are measured by {@link Submission} once read.
 */
@ServerFilter("/api/generate")
class GenerateSizeFilter {
    @RequestFilter
    @Nullable
    HttpResponse<?> checkLength(HttpRequest<?> request) {
        long length = request.getContentLength();
        MediaType type = request.getContentType().orElse(MediaType.APPLICATION_JSON_TYPE);
        if (length > 0 && Submission.cannotFit(length, type)) {
            var refusal = Submission.tooLarge(length);
            return HttpResponse.status(refusal.getStatus()).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new ErrorBody(refusal.getStatus().getCode(), refusal.getMessage()));
        }
        return null;
    }
}
