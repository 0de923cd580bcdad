package app.flashpoint.deck;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import app.flashpoint.account.CurrentAccount;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
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
    private final ReadableDocuments documents;

    DocumentApiController(ReadableDocuments documents) {
        this.documents = documents;
    }

    @Get(value = "/{name}", produces = "text/plain; charset=utf-8")
    HttpResponse<String> text(String name, @Nullable Authentication authentication) {
        CurrentAccount reader = CurrentAccount.ofNullable(authentication);
        DocumentRow document = documents.get(name, reader);
        return HttpResponse.ok(document.text()).contentType(MediaType.of("text/plain; charset=utf-8"));
    }
}
