package app.flashpoint.generate;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import app.flashpoint.core.generate.draft.DraftGenerator;
import app.flashpoint.core.generate.draft.NotTextException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Draft key points and items for a submitted document. The body is taken raw (see {@link Submission}) and
 * drafting, up to a second of CPU for 1 MB, runs on the blocking pool, off the event loop.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/generate")
@ExecuteOn(TaskExecutors.BLOCKING)
class GenerateController {
    private final JsonMapper json;

    GenerateController(JsonMapper json) {
        this.json = json;
    }

    @Post(consumes = {MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, "text/markdown"},
            produces = MediaType.APPLICATION_JSON)
    GenerateResponse generate(HttpRequest<?> request, @Nullable @Body byte[] body,
                              @Nullable @QueryValue String title) {
        byte[] bytes = body == null ? new byte[0] : body;
        MediaType type = request.getContentType().orElse(MediaType.APPLICATION_JSON_TYPE);
        Submission submission = type.matches(MediaType.APPLICATION_JSON_TYPE)
                ? Submission.fromJson(bytes, title, json)
                : Submission.fromPlainText(bytes, type, title);
        try {
            return GenerateResponse.of(DraftGenerator.generate(submission.title(), submission.text()));
        } catch (NotTextException e) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
