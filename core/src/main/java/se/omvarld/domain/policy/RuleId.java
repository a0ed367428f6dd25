package se.omvarld.domain.policy;

/**
 * The rules found in the municipal policies. Each carries the policy sentence it comes from, so a refusal can quote
 * its ground. A {@link PolicyProfile} chooses which of them apply to a municipality.
 */
public enum RuleId {
    R1("A new partnership needs a benefit/risk analysis, a stated purpose and goals, and the reason for choosing this"
            + " partner before it becomes active.",
            "Lidköping: \"Inför uppstart av nya internationella samarbeten ska en nytto- respektive riskanalys"
            + " genomföras och ett tydligt syfte och mål med samarbetet ska finnas samt en precisering av grunden för"
            + " val av samarbetspart.\""),
    R2("Partnerships in non-democratic countries carry a democracy plan; the country's standing is consulted.",
            "Lidköping: \"Vid samarbete med parter i icke-demokratiska länder ska reflektion kring demokratiprocesser"
            + " vara en del av insatsen\""),
    R3("Nearby expertise is preferred over distant; digital meetings are used where possible.",
            "Lidköping: \"digitala kommunikationsverktyg skall alltid användas i den mån det går\""),
    R4("Every administration appoints a representative to the international group.",
            "Lidköping: \"Alla förvaltningar ska utse en person som representerar förvaltningen i kommunens"
            + " internationella grupp.\""),
    R5("A yearly compilation of all international work is reported to the executive board.",
            "Lidköping: \"en uppföljning i form av en sammanställning göras varje år och anmälas till"
            + " kommunstyrelsen\""),
    R6("International work is followed up yearly in the annual report; each committee reports its own.",
            "Tyresö: \"Respektive nämnd redovisar i årsredovisningen den internationella samverkan\"; Eksjö: \"ska"
            + " årligen följas upp och redovisas i kommunens årsredovisning\""),
    R7("Before a committee submits a project application, the executive board approves it; pre-studies are exempt.",
            "Tyresö: \"Innan projektansökan lämnas in ska kommunstyrelsen godkänna att nämnden ansöker om medverkan i"
            + " projektet. Godkännande behöver inte inhämtas för att delta i förstudier\""),
    R8("Twin-town visits are reported to the executive board after they take place.",
            "Tyresö: \"Vänortsbesök ska efter genomförda besök redovisas till kommunstyrelsen.\""),
    R9("Twin-town cooperation is evaluated continuously; new twin-town agreements only where the counterpart values"
            + " a formal agreement.",
            "Lilla Edet: \"Vänortssamarbeten ska utvärderas kontinuerligt.\"; Tyresö: \"Nya vänortsavtal bör därför"
            + " endast ingås i det fall motparten känner ett värde av ett formellt avtal.\""),
    R10("The strategy is revised when priorities change, and at least every fourth year.",
            "Lilla Edet: \"ska revideras när andra prioriteringar och satsningar behövs ... eller minst var fjärde"
            + " år\""),
    R11("The policy and the work under it are evaluated once per mandate period.",
            "Eksjö: \"ska utvärderas en gång per mandatperiod\""),
    R12("External funding is always explored for development projects.",
            "Tyresö: \"ska alltid prövas möjligheten till finansiering ... genom internationella fonder och program\""),
    R13("Project cooperation needs clear goals consistent with the policy and more than one participating party.",
            "Eksjö: \"Förutsättningen för projektsamverkan är att det finns tydliga mål som överensstämmer med policyn"
            + " och att flera parter medverkar.\""),
    R14("Grants to associations for exchanges need a clear, anchored purpose and some self-financing.",
            "Eksjö: \"Kravet är att det finns ett tydligt och förankrat syfte.\" ... \"För att få bidrag är det en"
            + " förutsättning att viss egenfinansiering sker.\""),
    R15("Projects are part of ordinary operations: the owning unit budgets them in its own plan.",
            "Lidköping: \"ska därför integreras med respektive förvaltnings del i budget och verksamhetsplan\""),
    R16("Only the executive board signs cooperation agreements, enters or ends twin-town agreements and municipal"
            + " partnerships, and decides memberships.",
            "Tyresö: \"Kommunstyrelsen ... tecknar Samarbetsavtal, beslutar om att ingå och säga upp vänortsavtal,"
            + " ingår kommunalt partnerskap, samt beslutar om medlemskap\"; Eksjö: \"Kommunstyrelsen beslutar om"
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
