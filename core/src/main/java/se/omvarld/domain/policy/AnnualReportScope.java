package se.omvarld.domain.policy;

/** R6: who follows up the international work in the annual report (årsredovisningen). */
public enum AnnualReportScope {
    /**
     * Each committee reports the international work carried out within its area that year; a committee with none
     * owes nothing (Tyresö: "Respektive nämnd redovisar i årsredovisningen den internationella samverkan som bedrivits
     * inom nämndens verksamhetsområde").
     */
    EACH_COMMITTEE,
    /**
     * One follow-up of the municipality's international work (Eksjö: "Det internationella arbetet ska årligen följas
     * upp och redovisas i kommunens årsredovisning").
     */
    MUNICIPALITY
}
