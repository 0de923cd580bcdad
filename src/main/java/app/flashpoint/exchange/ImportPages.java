package app.flashpoint.exchange;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.account.Profiles;
import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportPreview;
import app.flashpoint.core.exchange.ImportedDeck;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static app.flashpoint.system.PageResponses.page;

/**
 * The Import page: pick a file (the format is told from it unless chosen), see the first entries as cards and
 * what would be skipped, then import. The file waits between the two steps in {@link PendingImports}; the import
 * runs in the background ({@link ImportJobs}) and its page shows how far it is, then what it made.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/import")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportPages {
    static final int PREVIEW_ROWS = 10;
    static final int SKIPPED_SHOWN = 50;

    private final Imports imports;
    private final PendingImports pending;
    private final ImportJobs jobs;
    private final CsrfGuard csrf;
    private final Profiles profiles;
    private final Clock clock;

    ImportPages(Imports imports, PendingImports pending, ImportJobs jobs, CsrfGuard csrf, Profiles profiles,
                Clock clock) {
        this.imports = imports;
        this.pending = pending;
        this.jobs = jobs;
        this.csrf = csrf;
        this.profiles = profiles;
        this.clock = clock;
    }

    record Choice(String code, String label) {
    }

    /** {@code jobs}: the account's latest imports, running or done. */
    @Introspected
    record FormPage(List<Choice> formats, String format, String deckTitle, @Nullable String error, List<JobView> jobs) {
    }

    /** ({@code deckTitle}, not {@code title}: that name is the layout's.) {@code kinds}: the items the file holds by kind label; the first rows as cards; what would be skipped. */
    @Introspected
    record PreviewPage(String id, String deckTitle, String format, String fileName, Map<String, Integer> kinds,
                       int items, List<ImportPreview.PreviewRow> rows, List<ImportedDeck.Skipped> skipped,
                       int skippedCount, int media, int answers) {
    }

    /** {@code history}: "on" when the learner asked to bring the file's review history along. */
    @Serdeable
    record TokenForm(@Nullable String csrfToken, @Nullable String history) {
    }

    @Get
    HttpResponse<?> form(Authentication authentication) {
        return page("exchange/import", new FormPage(choices(), "", "", null, recent(authentication)));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> preview(@Nullable @Part("csrfToken") String csrfToken, @Nullable @Part("format") String format,
                            @Nullable @Part("title") String title, @Nullable @Part("file") CompletedFileUpload file,
                            Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, csrfToken);
        String typed = title == null ? "" : title.strip();
        String chosenCode = format == null ? "" : format.strip();
        if (file == null || file.getSize() == 0) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, chosenCode, typed, "Choose a file to import.",
                    authentication);
        }
        if (file.getSize() > Imports.MAX_BYTES) {
            return refused(HttpStatus.REQUEST_ENTITY_TOO_LARGE, chosenCode, typed, new Imports.TooLarge().getMessage(),
                    authentication);
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportFormat chosen = chosenCode.isEmpty() ? ImportFormat.detect(file.getFilename(), bytes).orElse(null)
                : ImportFormat.of(chosenCode).orElse(null);
        if (chosen == null) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, chosenCode, typed,
                    "Flashpoint cannot tell what kind of file this is: choose its format.", authentication);
        }
        try {
            Imports.Read read = imports.read(chosen, bytes, file.getFilename(), typed);
            long me = CurrentAccount.of(authentication).id();
            String id = pending.keep(me, chosen, read.title(), file.getFilename(), bytes);
            return page("exchange/preview", preview(id, read, chosen, file.getFilename()));
        } catch (ImportException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, chosen.code(), typed, e.getMessage(), authentication);
        }
    }

    /** Starts the import in the background and shows its page (Post/Redirect/Get); the same upload twice: the same job. */
    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(String id, @Nullable @Body TokenForm form, Authentication authentication,
                            HttpRequest<?> request) {
        csrf.check(request, form == null ? null : form.csrfToken());
        long me = CurrentAccount.of(authentication).id();
        String job = jobs.start(id, me, form != null && form.history() != null)
                .orElseThrow(() -> new NotFoundException("This upload is no longer kept: choose the file again."));
        return HttpResponse.seeOther(URI.create("/import/jobs/" + job));
    }

    @Get("/jobs/{id}")
    HttpResponse<?> job(String id, Authentication authentication) {
        return page("exchange/job", view(id, authentication));
    }

    /** What the job page's script polls. */
    @Get(value = "/jobs/{id}/status", produces = MediaType.APPLICATION_JSON)
    HttpResponse<JobView> status(String id, Authentication authentication) {
        // JSON whatever the Accept header says: a browser's plain GET of this URL must not fail negotiation
        return HttpResponse.ok(view(id, authentication)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Only the importer's: another account gets the same 404 as for no job at all. */
    private JobView view(String id, Authentication authentication) {
        long me = CurrentAccount.of(authentication).id();
        ImportJobs.Job job = jobs.find(id, me).orElseThrow(() -> new NotFoundException("No such import."));
        return view(job, me);
    }

    private JobView view(ImportJobs.Job job, long accountId) {
        String started = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
                .format(Instant.ofEpochMilli(job.startedAt()).atZone(profiles.zone(accountId)));
        return JobView.of(job, clock.millis(), started);
    }

    private List<JobView> recent(Authentication authentication) {
        long me = CurrentAccount.of(authentication).id();
        return jobs.recent(me).stream().map(j -> view(j, me)).toList();
    }

    private static PreviewPage preview(String id, Imports.Read read, ImportFormat format, String fileName) {
        var kinds = new TreeMap<String, Integer>();
        read.deck().items().forEach(i -> kinds.merge(i.type().label(), 1, Integer::sum));
        List<ImportedDeck.Skipped> skipped = read.deck().skipped();
        return new PreviewPage(id, read.title(), format.label(), fileName, kinds, read.deck().items().size(),
                ImportPreview.firstRows(read.deck(), PREVIEW_ROWS),
                skipped.subList(0, Math.min(skipped.size(), SKIPPED_SHOWN)), skipped.size(), read.deck().media().size(),
                read.deck().reviews().size());
    }

    private HttpResponse<?> refused(HttpStatus status, String format, String title, String error,
                                    Authentication authentication) {
        return page(status, "exchange/import", new FormPage(choices(), format, title, error, recent(authentication)));
    }

    private static List<Choice> choices() {
        return Arrays.stream(ImportFormat.values()).map(f -> new Choice(f.code(), f.label())).toList();
    }
}
