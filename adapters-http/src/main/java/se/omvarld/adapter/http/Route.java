package se.omvarld.adapter.http;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One route of the API: its method and path, who may call it, what it takes and answers, and what it does. The
 * route table both registers the routes with the server and writes the OpenAPI document, so the two cannot differ.
 */
public final class Route {

    /** What a route answers with on success. */
    public enum Shape {
        /** One resource, with its ETag. */
        ONE,
        /** A list, whole. */
        LIST,
        /** A page of a list: items, total, offset, limit. */
        PAGE,
        /** Nothing (204). */
        NONE
    }

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-zA-Z]+)}");

    private final String method;
    private final String path;
    private final String operationId;
    private final String summary;
    private final String description;
    private final String tag;
    private final Access access;
    private final Class<?> requestBody;
    private final ImmutableList<String> uploadTypes;
    private final long maxUpload;
    private final Class<?> response;
    private final Shape shape;
    private final int status;
    private final boolean ifMatch;
    private final boolean createsOrReplaces;
    private final ImmutableList<String> mediaTypes;
    private final ImmutableList<Integer> otherProblems;
    private final ImmutableList<Param> pathParams;
    private final ImmutableList<Param> queryParams;
    private final Endpoint endpoint;

    private Route(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.operationId = checkNotNull(b.operationId, "operationId of %s %s", b.method, b.path);
        this.summary = checkNotNull(b.summary, "summary of %s", b.operationId);
        this.description = b.description == null ? b.summary : b.description;
        this.tag = checkNotNull(b.tag, "tag of %s", b.operationId);
        this.access = checkNotNull(b.access, "access of %s", b.operationId);
        this.requestBody = b.requestBody;
        this.uploadTypes = ImmutableList.copyOf(b.uploadTypes);
        this.maxUpload = b.maxUpload;
        this.response = b.response;
        this.shape = checkNotNull(b.shape, "response of %s", b.operationId);
        this.status = b.status;
        this.ifMatch = b.ifMatch;
        this.createsOrReplaces = b.createsOrReplaces;
        this.mediaTypes = ImmutableList.copyOf(b.mediaTypes);
        this.otherProblems = ImmutableList.copyOf(b.otherProblems);
        this.queryParams = ImmutableList.copyOf(b.queryParams);
        this.endpoint = checkNotNull(b.endpoint, "endpoint of %s", b.operationId);
        List<Param> params = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(path);
        while (m.find()) {
            String name = m.group(1);
            params.add(b.pathParams.stream().filter(p -> p.name().equals(name)).findFirst()
                    .orElseGet(() -> PathParams.standard(name)));
        }
        this.pathParams = ImmutableList.copyOf(params);
        checkState(shape == Shape.NONE || response != null, "%s answers a body: name its class", operationId);
        checkState(!"GET".equals(method) || requestBody == null && uploadTypes.isEmpty(), "%s: a GET takes no body",
                operationId);
        checkState(requestBody == null || uploadTypes.isEmpty(), "%s takes JSON or a file, not both", operationId);
    }

    public static Builder get(String path) {
        return new Builder("GET", path);
    }

    public static Builder post(String path) {
        return new Builder("POST", path);
    }

    public static Builder put(String path) {
        return new Builder("PUT", path);
    }

    public static Builder delete(String path) {
        return new Builder("DELETE", path);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String operationId() {
        return operationId;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public String tag() {
        return tag;
    }

    public Access access() {
        return access;
    }

    /** The class of the JSON body the route takes, or null if it takes none. */
    public Class<?> requestBody() {
        return requestBody;
    }

    /** The class of the body (or of each item of the list or page) the route answers, or null for none. */
    /** The media types of the file the route takes as its raw body ({@link Exchange#upload()}); empty if none. */
    public ImmutableList<String> uploadTypes() {
        return uploadTypes;
    }

    /** The largest file the route takes, in bytes. */
    public long maxUpload() {
        return maxUpload;
    }

    public Class<?> response() {
        return response;
    }

    public Shape shape() {
        return shape;
    }

    public int status() {
        return status;
    }

    /** Whether the route changes a resource that exists, and so needs the ETag it was read at in If-Match. */
    /** Whether the route answers 200 with the same body as its 201 when it replaces what it would create. */
    public boolean createsOrReplaces() {
        return createsOrReplaces;
    }

    public boolean ifMatch() {
        return ifMatch;
    }

    /** The media type of the body the route answers on success (the first, for a file in several formats). */
    public String mediaType() {
        return mediaTypes.get(0);
    }

    /** Every media type the route may answer on success: one, or a file's formats. */
    public ImmutableList<String> mediaTypes() {
        return mediaTypes;
    }

    /** Whether the route answers a file (bytes, in one of {@link #mediaTypes()}) rather than JSON or text. */
    public boolean answersFile() {
        return response == byte[].class;
    }

    /** The statuses of problems the route's endpoint answers beyond those every route of its kind may. */
    public ImmutableList<Integer> otherProblems() {
        return otherProblems;
    }

    public ImmutableList<Param> pathParams() {
        return pathParams;
    }

    public ImmutableList<Param> queryParams() {
        return queryParams;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    /** Builds a route; {@link #handle} ends it. */
    public static final class Builder {
        private final String method;
        private final String path;
        private String operationId;
        private String summary;
        private String description;
        private String tag;
        private Access access;
        private Class<?> requestBody;
        private List<String> uploadTypes = List.of();
        private long maxUpload;
        private Class<?> response;
        private Shape shape;
        private int status = 200;
        private boolean ifMatch;
        private boolean createsOrReplaces;
        private List<String> mediaTypes = List.of("application/json");
        private final List<Integer> otherProblems = new ArrayList<>();
        private final List<Param> pathParams = new ArrayList<>();
        private final List<Param> queryParams = new ArrayList<>();
        private Endpoint endpoint;

        private Builder(String method, String path) {
            checkArgument(path.startsWith("/"), "a path starts with /: %s", path);
            this.method = method.toUpperCase(Locale.ROOT);
            this.path = path;
        }

        /** The operation's id in the document and its one-line summary. */
        public Builder operation(String operationId, String summary) {
            this.operationId = operationId;
            this.summary = summary;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder tag(String tag) {
            this.tag = tag;
            return this;
        }

        public Builder access(Access access) {
            this.access = access;
            return this;
        }

        public Builder body(Class<?> requestBody) {
            this.requestBody = requestBody;
            return this;
        }

        /**
         * Takes a file of one of {@code mediaTypes} as the raw body (its {@code Content-Type} says which), of at most
         * {@code maxBytes}: more than the JSON bodies' {@value HttpApi#MAX_BODY} is read only for such a route.
         */
        public Builder uploads(long maxBytes, String... mediaTypes) {
            checkArgument(mediaTypes.length > 0, "a file has at least one media type");
            checkArgument(maxBytes > 0, "a file may have at least one byte");
            this.uploadTypes = List.of(mediaTypes);
            this.maxUpload = maxBytes;
            return this;
        }

        public Builder returns(Class<?> response) {
            this.response = response;
            this.shape = Shape.ONE;
            return this;
        }

        public Builder creates(Class<?> response) {
            this.response = response;
            this.shape = Shape.ONE;
            this.status = 201;
            return this;
        }

        /** Answers 201 with {@code response} when it creates the resource, 200 with it when it replaces one. */
        public Builder createsOrReplaces(Class<?> response) {
            creates(response);
            this.createsOrReplaces = true;
            return this;
        }

        public Builder returnsList(Class<?> item) {
            this.response = item;
            this.shape = Shape.LIST;
            return this;
        }

        /** Answers a page of {@code item}s; takes {@code offset} and {@code limit}. */
        public Builder returnsPage(Class<?> item) {
            this.response = item;
            this.shape = Shape.PAGE;
            this.queryParams.add(PathParams.OFFSET);
            this.queryParams.add(PathParams.LIMIT);
            return this;
        }

        /** Answers text of {@code mediaType} (a {@link Reply.Text}), such as metrics or a page. */
        public Builder returnsText(String mediaType) {
            this.response = String.class;
            this.shape = Shape.ONE;
            this.mediaTypes = List.of(mediaType);
            return this;
        }

        /**
         * Answers a file (a {@link Reply.Bytes}) in one of {@code mediaTypes}, e.g. a report as PDF or XLSX; the
         * endpoint chooses which, typically from a {@code format} query parameter.
         */
        public Builder returnsFile(String... mediaTypes) {
            checkArgument(mediaTypes.length > 0, "a file has at least one media type");
            this.response = byte[].class;
            this.shape = Shape.ONE;
            // The document and content negotiation name a media type without its parameters (a charset).
            this.mediaTypes = Arrays.stream(mediaTypes).map(t -> t.split(";")[0].trim()).distinct().toList();
            return this;
        }

        public Builder returnsNothing() {
            this.response = null;
            this.shape = Shape.NONE;
            this.status = 204;
            return this;
        }

        /** The route changes a resource that exists: it needs If-Match (428 without, 412 when stale). */
        public Builder ifMatch() {
            this.ifMatch = true;
            return this;
        }

        /** The endpoint may also answer a problem of {@code status}, e.g. 503 when the database does not answer. */
        public Builder mayAnswer(int status) {
            this.otherProblems.add(status);
            return this;
        }

        public Builder path(Param param) {
            this.pathParams.add(param);
            return this;
        }

        public Builder query(Param param) {
            this.queryParams.add(param);
            return this;
        }

        public Route handle(Endpoint endpoint) {
            this.endpoint = endpoint;
            return new Route(this);
        }
    }
}
