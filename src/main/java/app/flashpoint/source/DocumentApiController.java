package app.flashpoint.source;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import app.flashpoint.system.NotFoundException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** The exact text that item offsets index into. */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
class DocumentApiController {
    private final DocumentRepository documents;

    DocumentApiController(DocumentRepository documents) {
        this.documents = documents;
    }

    @Get(value = "/{name}", produces = "text/plain; charset=utf-8")
    HttpResponse<String> text(String name) {
        DocumentRow document = documents.findById(name).orElseThrow(() -> NotFoundException.of("document", name));
        return HttpResponse.ok(document.text()).contentType(MediaType.of("text/plain; charset=utf-8"));
    }
}
