package app.flashpoint.source;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/documents")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class DocumentPages {
    private final DocumentRepository documents;
    private final DeckCatalog catalog;
    private final JsonMapper json;

    DocumentPages(DocumentRepository documents, DeckCatalog catalog, JsonMapper json) {
        this.documents = documents;
        this.catalog = catalog;
        this.json = json;
    }

    @Get("/{name}")
    @View("source/reader")
    Map<String, Object> reader(String name) {
        DocumentRow document = documents.findById(name).orElseThrow(() -> NotFoundException.of("document", name));
        Map<String, String> metadata;
        try {
            metadata = json.readValue(document.metadata(), Argument.mapOf(String.class, String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReaderPage page = ReaderPage.of(document, metadata, catalog.citationsOf(name));
        return Map.of("page", page, "citationsJson", toJson(page.citations()));
    }

    private String toJson(Object value) {
        try {
            // embedded in a <script> element: never let a value close it
            return json.writeValueAsString(value).replace("</", "<\\/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
