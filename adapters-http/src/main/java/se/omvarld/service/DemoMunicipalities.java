package se.omvarld.service;

import com.google.common.collect.ImmutableList;
import java.util.List;
import se.omvarld.application.MunicipalityCommands.AdministrationInput;
import se.omvarld.application.MunicipalityCommands.Register;
import se.omvarld.application.MunicipalityCommands.UnitInput;
import se.omvarld.domain.municipality.UnitKind;
import se.omvarld.domain.policy.PolicyProfiles;

/**
 * The organisations of the three demo municipalities besides Lidköping (whose organisation is its register's,
 * {@link se.omvarld.application.demo.LidkopingRegister}), as {@link se.omvarld.application.MunicipalityUseCases}
 * registers them. A small plausible organisation each, named from its policy where the policy names a body; the
 * policies name no persons, so representatives are recorded by role, and only where the policy asks for them (R4).
 */
final class DemoMunicipalities {

    private static final String REPRESENTATIVE_TITLE = "Ledamot i den internationella gruppen";

    private DemoMunicipalities() {
    }

    /** Tyresö, Eksjö and Lilla Edet, in the order of their codes in the seeds' table. */
    static ImmutableList<Register> others(String actor) {
        return ImmutableList.of(tyreso(actor), eksjo(actor), lillaEdet(actor));
    }

    /**
     * Tyresö (0138): "Varje nämnd har huvudansvaret för internationella samarbetsprojekt" — committees that own
     * projects, the upper-secondary school taking part in exchanges (2.2), the library and social services.
     */
    static Register tyreso(String actor) {
        return new Register(actor, PolicyProfiles.TYRESO_CODE.value(), "Tyresö",
                List.of("Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden", "Socialnämnden"),
                List.of(unrepresented("Barn- och utbildningsförvaltningen", "Barn- och utbildningsnämnden"),
                        unrepresented("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden"),
                        unrepresented("Socialförvaltningen", "Socialnämnden")),
                List.of(new UnitInput("Tyresö gymnasium", UnitKind.SCHOOL, "Barn- och utbildningsförvaltningen"),
                        new UnitInput("Tyresö bibliotek", UnitKind.UNIT, "Kultur- och fritidsförvaltningen"),
                        new UnitInput("Individ- och familjeomsorgen", UnitKind.UNIT, "Socialförvaltningen")));
    }

    /**
     * Eksjö (0686): organised in sectors ("Tillväxt- och utvecklingssektorn … beslutar även om bidrag till projekt
     * och utbyten"); its priorities are youth, education, culture and leisure.
     */
    static Register eksjo(String actor) {
        return new Register(actor, PolicyProfiles.EKSJO_CODE.value(), "Eksjö",
                List.of("Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden", "Tillväxt- och utvecklingsnämnden"),
                List.of(unrepresented("Barn- och utbildningssektorn", "Barn- och utbildningsnämnden"),
                        unrepresented("Kultur- och fritidssektorn", "Kultur- och fritidsnämnden"),
                        unrepresented("Tillväxt- och utvecklingssektorn", "Tillväxt- och utvecklingsnämnden")),
                List.of(new UnitInput("Eksjö gymnasium", UnitKind.SCHOOL, "Barn- och utbildningssektorn"),
                        new UnitInput("Kulturskolan", UnitKind.UNIT, "Kultur- och fritidssektorn"),
                        new UnitInput("Näringsliv och turism", UnitKind.UNIT, "Tillväxt- och utvecklingssektorn")));
    }

    /**
     * Lilla Edet (1462): "Ett nätverk med kontaktpersoner från varje förvaltning bör bildas" (R4) — each
     * administration has its contact person; children and young people are encouraged especially (11).
     */
    static Register lillaEdet(String actor) {
        return new Register(actor, PolicyProfiles.LILLA_EDET_CODE.value(), "Lilla Edet",
                List.of("Utbildningsnämnden", "Omsorgsnämnden", "Kultur- och fritidsnämnden"),
                List.of(represented("Utbildningsförvaltningen", "Utbildningsnämnden"),
                        represented("Omsorgsförvaltningen", "Omsorgsnämnden"),
                        represented("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden")),
                List.of(new UnitInput("Grundskolan", UnitKind.SCHOOL, "Utbildningsförvaltningen"),
                        new UnitInput("Hemtjänsten", UnitKind.UNIT, "Omsorgsförvaltningen"),
                        new UnitInput("Biblioteket", UnitKind.UNIT, "Kultur- och fritidsförvaltningen")));
    }

    private static AdministrationInput unrepresented(String name, String committee) {
        return new AdministrationInput(name, committee, null, null);
    }

    private static AdministrationInput represented(String name, String committee) {
        return new AdministrationInput(name, committee, "Kontaktperson för " + name, REPRESENTATIVE_TITLE);
    }
}
