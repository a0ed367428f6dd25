package se.omvarld.adapter.http;

/** Ends a request with a problem; thrown where a handler finds the request cannot be answered. */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException of(int status, String title, String detail) {
        return new ProblemException(Problem.of(status, title, detail));
    }

    public static ProblemException badField(String field, String reason) {
        return new ProblemException(Problem.invalid("The request has an invalid field.",
                java.util.List.of(new Problem.FieldError(field, reason))));
    }

    public static ProblemException notFound(String what) {
        return of(404, "Not found", what + " does not exist");
    }
}
