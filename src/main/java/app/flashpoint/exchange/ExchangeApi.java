package app.flashpoint.exchange;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportedDeck;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.ErrorBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Decks in and out over the API: {@code POST /api/decks/import?format=…} with the file as the body (signed in,
 * CSRF header) makes a private deck of the caller's; {@code GET /api/decks/{slug}/export?format=…} gives the
 * deck as a file to anyone who may study it.
 */
@Controller("/api/decks")
@ExecuteOn(TaskExecutors.BLOCKING)
class ExchangeApi {
    private final Imports imports;
    private final Exports exports;
    private final CsrfGuard csrf;

    ExchangeApi(Imports imports, Exports exports, CsrfGuard csrf) {
        this.imports = imports;
        this.exports = exports;
        this.csrf = csrf;
    }

    @Serdeable
    record Imported(String deck, String title, Map<String, Integer> imported, List<Skip> skipped, int media,
                    int answers) {
    }

    /** A refused file: nothing was written; {@code skipped} says what was left out before the refusal, if anything. */
    @Serdeable
    record Refused(int status, String error, List<Skip> skipped) {
    }

    /** One entry left out: where in the file, and why. */
    @Serdeable
    record Skip(String where, String why) {
        static List<Skip> of(List<ImportedDeck.Skipped> skipped) {
            return skipped.stream().map(s -> new Skip(s.where(), s.why())).toList();
        }
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    // JSON whatever the Accept header says, so that a client asking for a page still gets its reason
    @Post(value = "/import", consumes = MediaType.ALL, produces = {MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<?> importDeck(@Nullable @QueryValue String format, @Nullable @QueryValue String title,
                               @Nullable @QueryValue String name, @Nullable @QueryValue Boolean history,
                               @Nullable @Body InputStream body,
                               Authentication authentication, HttpRequest<?> request) {
        csrf.checkHeader(request);
        ImportFormat chosen = ImportFormat.of(format).orElse(null);
        if (chosen == null) {
            return refused(HttpStatus.BAD_REQUEST, format == null || format.isBlank()
                    ? "Say which format the file is: format=apkg, colpkg, csv, tsv, gift or moodle-xml."
                    : "Unknown format '" + format + "': use apkg, colpkg, csv, tsv, gift or moodle-xml.", List.of());
        }
        Path file = null;
        try {
            file = Uploads.copy(body == null ? InputStream.nullInputStream() : body, Imports.MAX_BYTES);
            Imports.Read read = imports.read(chosen, file, name == null ? "" : name, title);
            DeckImporter.Imported done = imports.save(read, CurrentAccount.of(authentication).id(),
                    Boolean.TRUE.equals(history));
            return HttpResponse.status(HttpStatus.CREATED).body(new Imported(done.slug(), done.title(), done.kinds(),
                    Skip.of(done.skipped()), done.media(), done.answers()));
        } catch (Imports.TooLarge e) {
            return refused(HttpStatus.REQUEST_ENTITY_TOO_LARGE, e.getMessage(), List.of());
        } catch (ImportException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), Skip.of(e.skipped()));
        } finally {
            if (file != null) {
                Uploads.delete(file);
            }
        }
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(value = "/{slug}/export", produces = MediaType.ALL)
    HttpResponse<?> export(String slug, @Nullable @QueryValue String format, @Nullable Authentication authentication) {
        ExportFormat chosen = ExportFormat.of(format).orElse(null);
        if (chosen == null) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new ErrorBody(400, "Say which format: format=apkg, csv, tsv, gift, moodle-xml or qti."));
        }
        Exports.File file = exports.export(slug, chosen, authentication == null ? null : CurrentAccount.of(authentication));
        return Exports.attachment(file);
    }

    private static HttpResponse<?> refused(HttpStatus status, String message, List<Skip> skipped) {
        return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new Refused(status.getCode(), message, skipped));
    }
}
