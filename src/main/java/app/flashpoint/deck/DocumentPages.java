package app.flashpoint.deck;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import app.flashpoint.account.CurrentAccount;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import app.flashpoint.system.StoredJson;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.views.ModelAndView;

import java.util.Map;

import static app.flashpoint.system.PageResponses.view;

@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/documents")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class DocumentPages {
    private final ReadableDocuments documents;
    private final DeckCatalog catalog;
    private final StoredJson json;

    DocumentPages(ReadableDocuments documents, DeckCatalog catalog, StoredJson json) {
        this.documents = documents;
        this.catalog = catalog;
        this.json = json;
    }

    /** citationsJson: the page's citations as JSON, safe inside the page's script element. */
    @Introspected
    record ReaderModel(ReaderPage page, String citationsJson) {
    }

    @Get("/{name}")
    ModelAndView<Map<String, Object>> reader(String name, @Nullable Authentication authentication) {
        CurrentAccount reader = CurrentAccount.ofNullable(authentication);
        DocumentRow document = documents.get(name, reader);
        Map<String, String> metadata = json.read(document.metadata(), Argument.mapOf(String.class, String.class));
        ReaderPage page = ReaderPage.of(document, metadata, catalog.citationsOf(name, reader));
        // embedded in a <script> element: never let a value close it
        return view("deck/reader", new ReaderModel(page, json.write(page.citations()).replace("</", "<\\/")));
    }
}
