package se.omvarld.domain.policy;

/**
 * The rules found in the municipal policies. Each carries the policy sentence it comes from, so a refusal can quote
 * its ground, and each has exactly one policy class (marked {@link PolicyRule}, linked from its constant), which both
 * the action enforcing it and compliance ask. A {@link PolicyProfile} chooses which of them apply to a municipality,
 * and whether each binds as a duty or a preference ({@link Force}).
 */
public enum RuleId {
    /** Its policy: {@link se.omvarld.domain.partnership.BenefitRiskAnalysisRule}. */
    R1("A new partnership needs a benefit/risk analysis, a stated purpose and goals, and the reason for choosing this"
            + " partner before it becomes active.",
            "Lidköping: \"Inför uppstart av nya internationella samarbeten ska en nytto- respektive riskanalys"
            + " genomföras och ett tydligt syfte och mål med samarbetet ska finnas samt en precisering av grunden för"
            + " val av samarbetspart.\""),
    /** Its policy: {@link DemocracyRule}. */
    R2("Cooperation with parties in non-democratic countries carries a democracy plan; the country's standing is"
            + " consulted.",
            "Lidköping: \"Vid samarbete med parter i icke-demokratiska länder ska reflektion kring demokratiprocesser"
            + " vara en del av insatsen\""),
    /** Its policy: {@link se.omvarld.domain.visit.DigitalMeetingRule}. */
    R3("Nearby expertise is preferred over distant; digital meetings are used where possible.",
            "Lidköping: \"digitala kommunikationsverktyg skall alltid användas i den mån det går\""),
    /** Its policy: {@link se.omvarld.domain.municipality.RepresentativeRule}. */
    R4("Every administration appoints a representative to the international group.",
            "Lidköping: \"Alla förvaltningar ska utse en person som representerar förvaltningen i kommunens"
            + " internationella grupp.\""),
    /** Its policy: {@link se.omvarld.domain.register.AnnualCompilationRule}. */
    R5("A yearly compilation of all international work is reported to the executive board.",
            "Lidköping: \"en uppföljning i form av en sammanställning göras varje år och anmälas till"
            + " kommunstyrelsen\""),
    /** Its policy: {@link se.omvarld.domain.register.AnnualReportRule}. */
    R6("International work is followed up yearly in the annual report: by each committee with such work (Tyresö), or"
            + " once for the municipality (Eksjö).",
            "Tyresö: \"Respektive nämnd redovisar i årsredovisningen den internationella samverkan\"; Eksjö: \"ska"
            + " årligen följas upp och redovisas i kommunens årsredovisning\""),
    /** Its policy: {@link se.omvarld.domain.project.BoardApprovalRule}. */
    R7("Before a committee submits a project application, the executive board approves it; pre-studies are exempt.",
            "Tyresö: \"Innan projektansökan lämnas in ska kommunstyrelsen godkänna att nämnden ansöker om medverkan i"
            + " projektet. Godkännande behöver inte inhämtas för att delta i förstudier\""),
    /** Its policy: {@link se.omvarld.domain.register.VisitReportRule}. */
    R8("Twin-town visits are reported to the executive board after they take place.",
            "Tyresö: \"Vänortsbesök ska efter genomförda besök redovisas till kommunstyrelsen.\""),
    /** Its policy: {@link se.omvarld.domain.partnership.TwinTownRule}. */
    R9("Twin-town cooperation is evaluated continuously; new twin-town agreements only where the counterpart values"
            + " a formal agreement.",
            "Lilla Edet: \"Vänortssamarbeten ska utvärderas kontinuerligt.\"; Tyresö: \"Nya vänortsavtal bör därför"
            + " endast ingås i det fall motparten känner ett värde av ett formellt avtal.\""),
    /** Its policy: {@link se.omvarld.domain.register.StrategyRevisionRule}. */
    R10("The strategy is revised when priorities change, and at least every fourth year.",
            "Lilla Edet: \"ska revideras när andra prioriteringar och satsningar behövs ... eller minst var fjärde"
            + " år\""),
    /** Its policy: {@link se.omvarld.domain.register.PolicyEvaluationRule}. */
    R11("The policy and the work under it are evaluated once per mandate period.",
            "Eksjö: \"ska utvärderas en gång per mandatperiod\""),
    /** Its policy: {@link se.omvarld.domain.project.ExternalFundingRule}. */
    R12("External funding is examined for development projects (Tyresö, a duty), or preferred (Lilla Edet, Eksjö).",
            "Tyresö: \"ska alltid prövas möjligheten till finansiering ... genom internationella fonder och program\";"
            + " Lilla Edet: \"Projektorienterat och externfinansierat samarbete ska prioriteras\"; Eksjö: \"Det bör"
            + " även vara en extern finansiering där så är möjligt\""),
    /** Its policy: {@link se.omvarld.domain.project.ProjectCooperationRule}. */
    R13("Project cooperation needs clear goals consistent with the policy and more than one participating party.",
            "Eksjö: \"Förutsättningen för projektsamverkan är att det finns tydliga mål som överensstämmer med policyn"
            + " och att flera parter medverkar.\""),
    /** Its policy: {@link se.omvarld.domain.grant.AssociationGrantRule}. */
    R14("Grants to associations for exchanges need a clear, anchored purpose and some self-financing.",
            "Eksjö: \"Kravet är att det finns ett tydligt och förankrat syfte.\" ... \"För att få bidrag är det en"
            + " förutsättning att viss egenfinansiering sker.\""),
    /** Its policy: {@link se.omvarld.domain.project.UnitBudgetRule}. */
    R15("Projects are part of ordinary operations: the owning unit budgets them in its own plan.",
            "Lidköping: \"ska därför integreras med respektive förvaltnings del i budget och verksamhetsplan\""),
    /** Its policy: {@link se.omvarld.domain.partnership.BoardDecisionRule}. */
    R16("Only the executive board takes the decisions its policy names: e.g. signing cooperation agreements, entering"
            + " and ending twin-town agreements, entering municipal partnerships and memberships.",
            "Tyresö: \"Kommunstyrelsen ... tecknar Samarbetsavtal, beslutar om att ingå och säga upp vänortsavtal,"
            + " ingår kommunalt partnerskap, samt beslutar om medlemskap i internationella nätverk och organisationer som"
            + " omfattar hela kommunen\"; Eksjö: \"Kommunstyrelsen beslutar om"
            + " medlemskap i internationella nätverk\"");

    private final String rule;
    private final String source;

    RuleId(String rule, String source) {
        this.rule = rule;
        this.source = source;
    }

    /** The rule in the model's English. */
    public String rule() {
        return rule;
    }

    /** The policy sentence it comes from, in the original Swedish. */
    public String source() {
        return source;
    }
}
