/**
 * The coordinator's web app: server-rendered pages under {@code /app}, beside the JSON API on the same server
 * ({@link se.omvarld.adapter.http.web.WebApp} is an {@link se.omvarld.adapter.http.HttpApi.Extension}). Each page is a
 * thin handler over the same use cases the API calls; a template shows, it decides nothing a rule decides.
 *
 * <h2>Conventions for page authors</h2>
 *
 * <h3>Adding a page</h3>
 * <ol>
 *   <li><b>Handler</b>: a class per section implementing {@link se.omvarld.adapter.http.web.WebRoutes}, with the use
 *       cases injected ({@code new ProjectPages(services)}, {@link se.omvarld.adapter.http.api.ApiServices}); it
 *       registers its paths below {@code /app} in {@code register(WebRouter router)}:
 *       {@code router.get("/projects/{id}", this::project)}, {@code router.post("/projects/{id}/start", this::start)}.
 *       {@code get} and {@code post} need a signed-in person (anyone else is sent to sign-in); every POST is refused
 *       with a 403 page unless it carries the session's CSRF token. A handler reads the request, calls one use case,
 *       and renders or redirects (after a successful POST always {@code x.redirect("/projects/" + id)}, a 303).
 *       The view records a template takes are public (nested in the page's public class is fine): the compiled
 *       templates live in another package.</li>
 *   <li><b>Route</b>: add the class to {@link se.omvarld.adapter.http.web.WebPages#all} (one line).</li>
 *   <li><b>Template</b>: {@code src/main/jte/<section>/<page>.jte}, compiled and type-checked at build time. It
 *       takes exactly two parameters, {@code @param Page page} and {@code @param <YourView> view}, and wraps its
 *       content in the base template: {@code @template.layout(page = page, content = @`<h1>${page.title()}</h1>
 *       …`)}. One {@code h1} per page. Render with {@code x.render("projects/project.jte", x.page("project.title",
 *       Page.Section.PROJECTS), view)}, or {@code x.pageTitled(project.title(), Page.Section.PROJECTS)} for a
 *       record's own name. Only {@code ${…}} (escaped) output; never {@code $unsafe}; no inline {@code style} or
 *       {@code <script>} (the Content-Security-Policy blocks both): styles go in
 *       {@code src/main/resources/web/static/omvarld.css}. Pages work without JavaScript; htmx attributes
 *       ({@code hx-post}, {@code hx-target}) may only make them quicker, and {@code x.isHtmx()} tells a handler it
 *       may answer a fragment.</li>
 *   <li><b>Message keys</b>: every word the page shows comes from {@code src/main/resources/web/messages_sv.properties}
 *       and {@code messages_en.properties} (UTF-8; both files hold the same keys, which a test checks). Prefix keys
 *       with the section ({@code project.title}); append, the files merge by union. In a template:
 *       {@code ${page.m().t("project.title")}}, with arguments {@code page.m().t("key", a, b)} for {@code {0}},
 *       {@code {1}}. Dates, sums and numbers: {@code m.date(day)} ("31 mars 2026"), {@code m.money(money)}
 *       ("1 800 000 kr"), {@code m.number(n)}, {@code m.dateTime(instant)} — format them in the handler's view.</li>
 * </ol>
 *
 * <h3>Who is signed in</h3>
 * {@code x.user()} is the {@link se.omvarld.adapter.http.web.SignedIn} person: {@code municipality()},
 * {@code role()}, {@code unit()}. Scope every query and command by {@code x.municipality()} — never by a code in the
 * URL — so another municipality's record is simply not found: {@code x.found(result)} turns a use case's
 * {@code NotFound} into the 404 page ({@code throw x.notFound()} for the rest). Name the actor of every command
 * {@code x.actor()} ("name (account id)"), as the API names a token's holder, so the audit trail shows who. Require a
 * role with {@code x.requireRole(Role.ADMIN, Role.COORDINATOR)} and the right to change a unit's record with
 * {@code x.requireEdit(project.unit())} (a unit editor its own unit's only): both answer the 403 page. A unit editor
 * sees only its own unit's records: {@code x.requireView(project.unit())} answers another unit's with the 404 page,
 * and {@code x.user().sees(unit)} filters a list.
 *
 * <h3>Forms, the CSRF field, field errors and rule refusals</h3>
 * Every {@code <form method="post">} carries {@code <input type="hidden" name="${WebApp.CSRF_FIELD}"
 * value="${page.csrfToken()}">} (htmx requests send it as the {@code X-CSRF-Token} header, set on {@code <body>} by
 * the layout). Build a {@link se.omvarld.adapter.http.web.Form} with the values typed
 * ({@code Form.of(x.form("title", "budget"))}), and when the use case's result is not ok,
 * {@code form.failed(result, x.m())} puts each invalid field's reason beside it and each refusal (its rule id and the
 * policy's sentence, the same data the API's 409 carries) in the summary, each reason said in the page's language
 * from its key ({@code Messages.words}; the keys are the core's {@code WordingKey}, their texts at the end of each
 * bundle); re-render the form with status 400 (invalid) or 409 (refused). In the
 * template: {@code @template.tag.errors(form = view.form(), m = page.m())} once at the top (the summary,
 * {@code role="alert"}, each error linking to its field), and {@code @template.tag.field(form = view.form(),
 * name = "title", label = page.m().t("project.field.title"))} for each input: a {@code <label for>}, the error by the
 * field and {@code aria-describedby} tying them. A field of your own follows the same ids:
 * {@code Form.inputId(name)} and {@code Form.errorId(name)}.
 *
 * <p>A form that uploads a file is {@code enctype="multipart/form-data"} with the same CSRF field, registered with
 * {@code router.upload(path, handler, tooLarge)}, and shows its file with {@code @template.form.file(…)}; the handler
 * reads it with {@code x.upload(name)}. A file may be {@link se.omvarld.adapter.http.web.WebApp#MAX_UPLOAD} bytes; a
 * larger request is not parsed (nor its token read), and {@code tooLarge} answers it, changing nothing
 * ({@code ReferenceDataPages}).
 *
 * <h3>Links</h3>
 * Write links as absolute paths below {@code /app} ({@code href="/app/projects/${p.id()}"}); in Java,
 * {@code WebRequest.link("/projects/" + id)}. Static files: {@code /app/static/…}; htmx:
 * {@code /webjars/htmx.org/2.0.10/dist/htmx.min.js} (the layout loads it). The navigation's sections are
 * {@link se.omvarld.adapter.http.web.Page.Section}; a page names its own so the menu marks it current.
 *
 * <h3>Tests</h3>
 * Browser tests start the real service with {@code RunningWebApp} ({@code se.omvarld.service.web}, test sources):
 * {@code @RegisterExtension static final RunningWebApp app = RunningWebApp.withBrowser();}, then
 * {@code app.signIn(RunningWebApp.COORDINATOR)}, {@code app.driver()}, and {@code Accessibility.check(driver, "…")}
 * on every page in both languages and in its error states. HTTP-level tests use {@code WebClient}. The accounts
 * {@code RunningWebApp} names are opened through {@code AccountUseCases} with known passwords; the demo's own are
 * {@code app.demoUsers()}. A language chosen while signed in is kept in the account for its next sign-in: a test
 * that switches to English should sign in as a person the other tests of its class do not expect in Swedish.
 */
package se.omvarld.adapter.http.web;
