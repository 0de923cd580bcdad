package app.flashpoint.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import app.flashpoint.system.ErrorBody;

/**
 * Refuses a review log over {@link LogFitting#MAX_BYTES} from its Content-Length, before any of it is read
 * (the server-wide 50 MB limit is for other uploads). A body without a length (chunked) is counted as it
 * is read, by {@link LogFitting}.
 */
@ServerFilter("/api/fsrs/optimize")
class OptimizeSizeFilter {
    @RequestFilter
    @Nullable
    HttpResponse<?> checkLength(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length > LogFitting.MAX_BYTES) {
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new ErrorBody(413, LogFitting.tooLarge().getMessage()));
        }
        return null;
    }
}
