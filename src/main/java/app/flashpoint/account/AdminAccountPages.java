package app.flashpoint.account;

import app.flashpoint.system.CsrfGuard;
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
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.flashpoint.system.PageResponses.view;

/**
 * The admin's list of accounts, where an account is made an instructor (or a student again). Admins are not
 * made or unmade here: that keeps the last admin from locking everyone out with one click.
 */
@Secured(Roles.ADMIN)
@Controller("/admin/accounts")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminAccountPages {
    private static final Set<String> ASSIGNABLE = Set.of(Roles.STUDENT, Roles.INSTRUCTOR);

    private final Roles roles;
    private final CsrfGuard csrf;

    AdminAccountPages(Roles roles, CsrfGuard csrf) {
        this.roles = roles;
        this.csrf = csrf;
    }

    @Serdeable
    record RoleForm(@Nullable String role, @Nullable String csrfToken) {
    }

    /** changed: the account whose role was just set, for the notice; null otherwise. */
    @Introspected
    record AccountsPage(List<Roles.Entry> accounts, @Nullable Roles.Entry changed) {
    }

    @Get
    ModelAndView<Map<String, Object>> list(@Nullable @QueryValue Long changed) {
        List<Roles.Entry> accounts = roles.accounts();
        return view("account/admin-accounts", new AccountsPage(accounts, changed == null ? null
                : accounts.stream().filter(a -> a.id() == changed).findFirst().orElse(null)));
    }

    @Post(value = "/{id}/role", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> assign(long id, @Body RoleForm form, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        if (form.role() == null || !ASSIGNABLE.contains(form.role())) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "role must be student or instructor");
        }
        if (roles.find(id).admin()) {
            throw new HttpStatusException(HttpStatus.CONFLICT, "An admin's role is not changed here.");
        }
        roles.promote(id, form.role());
        return HttpResponse.seeOther(URI.create("/admin/accounts?changed=" + id));
    }
}
