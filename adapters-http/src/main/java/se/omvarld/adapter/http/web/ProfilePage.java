package se.omvarld.adapter.http.web;

import java.util.List;
import java.util.stream.Collectors;
import se.omvarld.adapter.http.api.ApiServices;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.policy.PolicyProfile;

/**
 * The municipality's policy profile ({@code /app/admin/profile}), read-only: the policy document's name and each rule
 * that applies, whether it binds as a duty or advises as a preference, in the model's words and in the policy's own
 * sentence. Under the administration section, for those the navigation shows it to: admins and the coordinator.
 */
public final class ProfilePage implements WebRoutes {

    private final ApiServices services;

    ProfilePage(ApiServices services) {
        this.services = services;
    }

    /** One rule of the profile. */
    public record RuleRow(String id, String force, String rule, String sentence) {
    }

    public record ProfileView(String policyName, List<RuleRow> rules) {
    }

    @Override
    public void register(WebRouter router) {
        router.get("/admin", this::administration);
        router.get("/admin/profile", this::profile);
    }

    /** The navigation's administration link: the profile is, so far, its one page. */
    private void administration(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR);
        x.redirect("/admin/profile");
    }

    private void profile(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR);
        Messages m = x.m();
        PolicyProfile profile = services.ports().profiles().of(x.municipality()).orElseThrow(x::notFound);
        List<RuleRow> rules = profile.rules().stream().sorted()
                .map(r -> new RuleRow(r.name(), m.t("profile.force." + profile.force(r).orElseThrow().name()),
                        m.t("profile.rule." + r.name()), r.source())).collect(Collectors.toList());
        x.render("admin/profile.jte", x.page("profile.title", Page.Section.ADMINISTRATION),
                new ProfileView(profile.policyName(), rules));
    }
}
