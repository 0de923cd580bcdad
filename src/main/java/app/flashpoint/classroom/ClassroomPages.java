package app.flashpoint.classroom;

import app.flashpoint.system.Toasts;
import app.flashpoint.system.NameCharacters;
import app.flashpoint.account.CurrentAccount;
import app.flashpoint.account.Roles;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.TokenForm;
import app.flashpoint.deck.DeckSummary;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.seeOther;

/**
 * Classes. Instructors (and admins) create a class and manage its students; anyone signed in lists their
 * classes and joins one by its code. An instructor route reads the class by id AND instructor, so another
 * instructor's class is a 404 like a missing one: ids reveal nothing.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class ClassroomPages {
    private static final int MAX_NAME = 80;
    private static final String NAME_MESSAGE = "Give the class a name of up to " + MAX_NAME + " characters.";

    private final Classrooms classrooms;
    private final DeckCatalog catalog;
    private final CsrfGuard csrf;
    private final Validator validator;

    ClassroomPages(Classrooms classrooms, DeckCatalog catalog, CsrfGuard csrf, Validator validator) {
        this.classrooms = classrooms;
        this.catalog = catalog;
        this.csrf = csrf;
        this.validator = validator;
    }

    /** The new-class form. The annotations are checked on its {@link #stripped()} copy, as typed less the ends. */
    @Serdeable
    record NewClassForm(
            @NotBlank(message = NAME_MESSAGE) @Size(max = MAX_NAME, message = NAME_MESSAGE) @Nullable String name,
            @Nullable String deck, @Nullable String csrfToken) {
        NewClassForm stripped() {
            return new NewClassForm(name == null ? "" : name.strip(), deck == null ? "" : deck.strip(), csrfToken);
        }
    }

    @Introspected
    record ListPage(List<Entry> taught, List<Entry> joined, boolean canTeach) {
    }

    @Introspected
    record ClassPage(ClassroomRow classroom, String deckTitle, String joinPath, List<Classrooms.Student> students) {
    }

    @Introspected
    record JoinPage(ClassroomRow classroom, String deckTitle, boolean teaching, boolean member) {
    }

    /** error: the one problem with the submitted form, or null. */
    @Introspected
    record NewClassPage(NewClassForm form, List<DeckSummary> decks, @Nullable String error) {
    }

    /** One line of the class list. */
    record Entry(long id, String name, String deckTitle, boolean teaching) {
    }

    @Get("/classes")
    HttpResponse<?> list(Authentication authentication) {
        CurrentAccount me = CurrentAccount.of(authentication);
        List<Entry> taught = classrooms.taught(me.id()).stream().map(c -> entry(c, true)).toList();
        List<Entry> joined = classrooms.joined(me.id()).stream().map(c -> entry(c, false)).toList();
        return page("classroom/list", new ListPage(taught, joined, canTeach(me)));
    }

    @Secured({Roles.INSTRUCTOR, Roles.ADMIN})
    @Get("/classes/new")
    HttpResponse<?> newClass(Authentication authentication) {
        return newPage(HttpStatus.OK, new NewClassForm("", "", null), null, authentication);
    }

    @Secured({Roles.INSTRUCTOR, Roles.ADMIN})
    @Post(value = "/classes", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body NewClassForm form, Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        NewClassForm typed = form.stripped();
        String name = typed.name();
        String deck = typed.deck();
        // both constraints on the name carry the same message, so whichever the validator reports first will do
        var violation = validator.validate(typed).stream().findFirst();
        if (violation.isPresent()) {
            return newPage(HttpStatus.UNPROCESSABLE_ENTITY, form, violation.get().getMessage(), authentication);
        }
        String nameProblem = NameCharacters.problem(name);
        if (nameProblem != null) {
            return newPage(HttpStatus.UNPROCESSABLE_ENTITY, form, nameProblem, authentication);
        }
        // another instructor's private deck is not one of the choices, like a deck that does not exist
        if (catalog.deck(deck, CurrentAccount.of(authentication)).isEmpty()) {
            return newPage(HttpStatus.UNPROCESSABLE_ENTITY, form, "Choose one of the decks.", authentication);
        }
        ClassroomRow created = classrooms.create(CurrentAccount.of(authentication).id(), name, deck);
        return Toasts.seeOther("/classes/" + created.id(), "Class created. Give your students its join link or code.");
    }

    @Secured({Roles.INSTRUCTOR, Roles.ADMIN})
    @Get("/classes/{id}")
    HttpResponse<?> show(long id, Authentication authentication) {
        ClassroomRow classroom = taught(id, authentication);
        // a path, not an absolute URL: behind a proxy the server does not know the address students use
        String joinLink = "/join/" + classroom.joinCode();
        return page("classroom/class", new ClassPage(classroom, deckTitle(classroom.deckSlug()), joinLink,
                classrooms.students(classroom)));
    }

    @Secured({Roles.INSTRUCTOR, Roles.ADMIN})
    @Post(value = "/classes/{id}/students/{accountId}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(long id, long accountId, @Nullable @Body TokenForm form,
                           Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, TokenForm.of(form));
        ClassroomRow classroom = taught(id, authentication);
        if (!classrooms.remove(classroom, accountId)) {
            throw new NotFoundException("No student " + accountId + " in this class");
        }
        return seeOther("/classes/" + id);
    }

    /** The join-code field of the classes page: on to that code's join page (a wrong code is its 404). */
    @Get("/join")
    HttpResponse<?> joinByCode(@Nullable @QueryValue String code) {
        String typed = code == null ? "" : code.strip();
        return seeOther(typed.isEmpty() ? "/classes" : "/join/" + URLEncoder.encode(typed, StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }

    /** The join link's page: says which class it is and asks to confirm, so a link alone changes nothing. */
    @Get("/join/{code}")
    HttpResponse<?> joinPage(String code, Authentication authentication) {
        ClassroomRow classroom = byCode(code);
        long me = CurrentAccount.of(authentication).id();
        return page("classroom/join", new JoinPage(classroom, deckTitle(classroom.deckSlug()),
                classroom.instructorId() == me, classrooms.isMember(classroom, me)));
    }

    @Post(value = "/join/{code}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> join(String code, @Nullable @Body TokenForm form, Authentication authentication,
                         HttpRequest<?> request) {
        csrf.check(request, TokenForm.of(form));
        ClassroomRow classroom = byCode(code);
        classrooms.join(classroom, CurrentAccount.of(authentication).id());
        return seeOther("/classes");
    }

    private ClassroomRow taught(long id, Authentication authentication) {
        return classrooms.managedBy(id, CurrentAccount.of(authentication))
                .orElseThrow(() -> new NotFoundException("No class " + id));
    }

    private ClassroomRow byCode(String code) {
        return classrooms.byCode(code).orElseThrow(() -> new NotFoundException("No class with this join code"));
    }

    private Entry entry(ClassroomRow c, boolean teaching) {
        return new Entry(c.id(), c.name(), deckTitle(c.deckSlug()), teaching);
    }

    private String deckTitle(String slug) {
        return catalog.title(slug).orElse(slug);
    }

    private static boolean canTeach(CurrentAccount me) {
        return Roles.INSTRUCTOR.equals(me.role()) || Roles.ADMIN.equals(me.role());
    }

    private HttpResponse<?> newPage(HttpStatus status, NewClassForm form, @Nullable String error,
                                    Authentication authentication) {
        return page(status, "classroom/new", new NewClassPage(form, catalog.decks(CurrentAccount.of(authentication)),
                error));
    }
}
