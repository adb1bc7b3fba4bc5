package org.ocop.examples.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.ocop.examples.CriteriaDocuments;
import org.ocop.rules.Outcome;
import org.ocop.rules.Problem;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.advice.Advisor;
import org.ocop.rules.advice.PlanRequest;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierFormatException;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.dossier.DossierSource;
import org.ocop.rules.json.RatingJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ocop serve}: the library as an HTTP JSON service for portals written in other languages (PHP, .NET, …),
 * on Javalin over Jetty 12. Every answer is the JSON the library and the CLI write for the same question; every
 * error is one RFC 9457 problem shape ({@link ProblemJson}); the endpoints are described by the OpenAPI 3.1 document
 * it serves at {@code /openapi.json}.
 *
 * <p>Limits: a request body of at most a dossier file's size (as {@link DossierReader} reads files; nesting and the
 * other read limits are the reader's own), each body — or each line of a batch — within the timeout, a bounded number
 * of requests rating at once (another waits up to {@link #SLOT_WAIT} for a slot, then gets 503 with
 * {@code Retry-After}). {@link #close()} stops gracefully: no new
 * connections, the requests under way finish (up to the timeout).
 *
 * <p>Thread-safe: one instance serves many requests at once; the {@link Rater} it is given is shared.
 */
public final class OcopService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OcopService.class);

    /** JSON, one dossier or one answer. */
    static final String JSON = "application/json";
    /** JSON lines, one dossier (or one answer) a line. */
    static final String JSON_LINES = "application/x-ndjson";
    /** The portal page (index.html, ocop.css, ocop.js), served at {@code /} from the jar. */
    static final String WEB_FOLDER = "/org/ocop/examples/serve/web";

    /**
     * How long a request waits for a rating slot before it is refused with 503: a burst of requests queues briefly
     * (first come, first served) instead of failing, while a saturated service answers quickly.
     */
    static final Duration SLOT_WAIT = Duration.ofSeconds(1);

    /** The endpoints, in the order of {@code /openapi.json} (for the 404 problem's "allowed"). */
    static final List<String> ENDPOINTS = List.of("GET /health", "GET /openapi.json", "GET /v1/versions",
            "GET /v1/versions/{id}", "GET /v1/versions/{id}/sets/{code}/criteria",
            "GET /v1/versions/{id}/sets/{code}/template", "POST /v1/rate", "POST /v1/replay", "POST /v1/plan",
            "POST /v1/robustness", "POST /v1/compare-versions");

    /**
     * The service's settings.
     *
     * @param host the interface to listen on: {@code 127.0.0.1} (the default) takes requests from this machine only
     * @param port the port; 0 for any free port ({@link OcopService#port()} tells which)
     * @param maxConcurrentRatings how many requests may rate at once, at least 1
     * @param timeout how long a request body (in a batch: each line) may take to arrive; also Jetty's idle timeout
     * @param maxBodyBytes the largest body (in a batch: line) read, at least 1
     */
    public record Config(String host, int port, int maxConcurrentRatings, Duration timeout, long maxBodyBytes) {

        /** Checks the settings. */
        public Config {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(timeout, "timeout");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port + "; allowed: 0 to 65535");
            }
            if (maxConcurrentRatings < 1) {
                throw new IllegalArgumentException("max concurrent ratings below 1: " + maxConcurrentRatings
                        + "; allowed: 1 or more");
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout not positive: " + timeout + "; allowed: more than 0");
            }
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("max body bytes below 1: " + maxBodyBytes + "; allowed: 1 or more");
            }
        }

        /**
         * Loopback, port 8080, one rating per processor at once, 30 seconds, and a body as large as the dossier
         * reader reads a file ({@code 4 × DossierReader.MAX_DOCUMENT_CHARS} bytes).
         */
        public static Config defaults() {
            return new Config("127.0.0.1", 8080, Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(30),
                    4L * DossierReader.MAX_DOCUMENT_CHARS);
        }

        /** These settings on another port. */
        public Config withPort(int newPort) {
            return new Config(host, newPort, maxConcurrentRatings, timeout, maxBodyBytes);
        }

        /** These settings on another interface. */
        public Config withHost(String newHost) {
            return new Config(newHost, port, maxConcurrentRatings, timeout, maxBodyBytes);
        }

        /** These settings with another bound on concurrent ratings. */
        public Config withMaxConcurrentRatings(int newMax) {
            return new Config(host, port, newMax, timeout, maxBodyBytes);
        }

        /** These settings with another timeout. */
        public Config withTimeout(Duration newTimeout) {
            return new Config(host, port, maxConcurrentRatings, newTimeout, maxBodyBytes);
        }

        /** These settings with another largest body. */
        public Config withMaxBodyBytes(long newMax) {
            return new Config(host, port, maxConcurrentRatings, timeout, newMax);
        }
    }

    private final Rater rater;
    private final Advisor advisor;
    private final CriteriaCatalogue catalogue;
    private final Config config;
    private final Semaphore ratings;
    private final byte[] openApi;
    private final Javalin app;

    private OcopService(Rater rater, Config config) {
        this.rater = Objects.requireNonNull(rater, "rater");
        this.config = Objects.requireNonNull(config, "config");
        this.advisor = Advisor.of(rater);
        this.catalogue = rater.catalogue();
        this.ratings = new Semaphore(config.maxConcurrentRatings(), true);
        this.openApi = resource("openapi.json");
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.startup.startupWatcherEnabled = false;
            // answers are streamed as they are rated: no compression buffering them, every flush reaches the client
            cfg.http.compressionStrategy = CompressionStrategy.NONE;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(config.host());
                connector.setPort(config.port());
                // a blocked read of a body that never ends is ended here, and answered 408 by RequestBodies
                connector.setIdleTimeout(config.timeout().toMillis());
                return connector;
            });
            cfg.jetty.modifyServer(server -> {
                // close() waits up to the timeout for the requests under way (Javalin's server counts them)
                server.setStopTimeout(config.timeout().toMillis());
                // errors Jetty answers before any route (a request that is not HTTP): the same problem shape
                server.setErrorHandler(new JettyProblems());
            });
            if (OcopService.class.getResource(WEB_FOLDER) != null) {
                cfg.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = WEB_FOLDER;
                    files.location = Location.CLASSPATH;
                    // the page is not versioned in its name: a browser revalidates it (ETag) rather than keep an
                    // old page beside a newer service
                    files.headers = Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff");
                });
            }
            routes(cfg.routes);
        });
    }

    /**
     * Starts a service and returns once it listens.
     *
     * @param rater the rater every request uses (its engine, settings and catalogue)
     * @param config where to listen and the limits
     * @throws IllegalStateException if the port cannot be bound
     */
    public static OcopService start(Rater rater, Config config) {
        OcopService service = new OcopService(rater, config);
        try {
            service.app.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + e.getMessage(), e);
        }
        return service;
    }

    /** The port the service listens on (the one chosen when started with port 0). */
    public int port() {
        return app.port();
    }

    /** The base address, for example {@code http://127.0.0.1:8080}. */
    public URI uri() {
        return URI.create("http://" + (config.host().contains(":") ? "[" + config.host() + "]" : config.host())
                + ":" + port());
    }

    /** The settings the service runs with. */
    public Config config() {
        return config;
    }

    /**
     * Stops gracefully: no new requests; those under way finish within the timeout, and any still open then (a
     * client that never finishes its body, a slow reader) are closed. Idempotent.
     */
    @Override
    public void close() {
        try {
            app.stop();
        } catch (io.javalin.util.JavalinException e) {
            // Jetty reports a graceful stop that ran out of time as a failure, after closing what was left: the
            // service has stopped all the same, which is what the timeout promises; anything else is a failure
            if (!(rootCause(e) instanceof java.util.concurrent.TimeoutException)) {
                throw e;
            }
            LOG.warn("stopped after the timeout of {} s with connections still open; they were closed",
                    config.timeout().toSeconds());
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private void routes(io.javalin.config.RoutesConfig routes) {
        routes.get("/health", this::health);
        routes.get("/openapi.json", ctx -> send(ctx, 200, JSON, openApi));
        routes.get("/v1/versions", ctx -> send(ctx, 200, JSON, Documents.pretty(
                CriteriaDocuments.versions(Documents.mapper(), catalogue.versions()))));
        routes.get("/v1/versions/{id}", this::classification);
        routes.get("/v1/versions/{id}/sets/{code}/criteria", this::criteria);
        routes.get("/v1/versions/{id}/sets/{code}/template", this::template);
        routes.post("/v1/rate", ctx -> {
            RatingJson.Explanation explanation = explanation(ctx);
            dossiers(ctx, Operation.of(rater::rate, rater::rateSource, r -> r,
                    (Rating r, Locale locale) -> Documents.rating(r, locale, explanation)));
        });
        routes.post("/v1/replay", ctx -> {
            RatingJson.Explanation explanation = explanation(ctx);
            dossiers(ctx, Operation.of(rater::replay, rater::replaySource, org.ocop.rules.Replay::rating,
                    (org.ocop.rules.Replay r, Locale locale) -> Documents.replay(r, locale,
                            explanation)));
        });
        routes.post("/v1/plan", ctx -> {
            PlanRequest request = planRequest(ctx);
            dossiers(ctx, Operation.of(d -> advisor.plan(d, request), s -> advisor.plan(s, request),
                    org.ocop.rules.advice.PlanAdvice::rating, Documents::plan));
        });
        routes.post("/v1/robustness", ctx -> {
            OptionalInt maxSpread = maxSpread(ctx);
            dossiers(ctx, Operation.of(d -> advisor.robustness(d, maxSpread), s -> advisor.robustness(s, maxSpread),
                    org.ocop.rules.advice.Robustness::rating, Documents::robustness));
        });
        routes.post("/v1/compare-versions", ctx -> dossiers(ctx, Operation.of(advisor::compareVersions,
                advisor::compareVersions, org.ocop.rules.advice.VersionImpact::baseline, Documents::versionImpact)));

        routes.exception(HttpProblem.class, (problem, ctx) -> problem(ctx, problem));
        routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, fromJavalin(ctx, e)));
        routes.exception(Exception.class, (e, ctx) -> {
            // a defect: logged with its stack trace here, never sent to the client
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            problem(ctx, HttpProblem.of(HttpProblem.Kind.INTERNAL, ServiceText.of("where.path", ctx.path()),
                    ServiceText.of("problem.internal"), e.getClass().getSimpleName(),
                    ServiceText.of("allowed.internal")));
        });
    }

    // ---- criteria -------------------------------------------------------------------------------------------

    private void health(Context ctx) {
        ObjectNode o = Documents.mapper().createObjectNode();
        o.put("status", "UP");
        o.put("engine", rater.engineName());
        o.put("versions", catalogue.versions().size());
        o.put("ratingsInProgress", config.maxConcurrentRatings() - ratings.availablePermits());
        o.put("maxConcurrentRatings", config.maxConcurrentRatings());
        send(ctx, 200, JSON, Documents.pretty(o));
    }

    private void classification(Context ctx) {
        CriteriaVersion v = version(ctx);
        ObjectNode root = Documents.mapper().createObjectNode();
        root.put("version", v.id());
        root.put("decision", v.decision().number());
        root.put("edition", v.edition());
        root.put("sheetEdition", v.sheetEdition());
        ArrayNode sets = root.putArray("productSets");
        for (ProductSet set : v.productSets()) {
            sets.addObject().put("code", set.code()).put("name", set.name()).put("class", set.classCode())
                    .put("className", set.className()).put("group", set.groupCode())
                    .put("groupName", set.groupName()).put("hasSheet", set.hasSheet());
        }
        send(ctx, 200, JSON, Documents.pretty(root));
    }

    private void criteria(Context ctx) {
        CriteriaVersion v = version(ctx);
        send(ctx, 200, JSON, Documents.pretty(CriteriaDocuments.criteria(Documents.mapper(), v, sheetSet(ctx, v))));
    }

    private void template(Context ctx) {
        CriteriaVersion v = version(ctx);
        String totals = ctx.queryParam("totals");
        if (totals != null && !totals.equals("true") && !totals.equals("false")) {
            throw badParameter("totals", ServiceText.of("problem.unknownValue"), totals, "true, false");
        }
        if ("true".equals(totals)) {
            String code = ctx.pathParam("code");
            List<String> codes = v.productSets().stream().map(ProductSet::code).toList();
            if (!codes.isEmpty() && !codes.contains(code)) {
                throw HttpProblem.of(HttpProblem.Kind.NOT_FOUND, ServiceText.of("where.pathParameter", "code"),
                        ServiceText.of("problem.unknownSet", v.id()), code, ServiceText.literal(String.join(", ",
                                codes)));
            }
            send(ctx, 200, JSON, Documents.pretty(CriteriaDocuments.totalsTemplate(Documents.mapper(), v, code)));
        } else {
            send(ctx, 200, JSON, Documents.pretty(CriteriaDocuments.template(Documents.mapper(), v,
                    sheetSet(ctx, v))));
        }
    }

    /** The version of the path, in the sheet edition of {@code ?edition=} (default: the decision's). */
    private CriteriaVersion version(Context ctx) {
        String id = ctx.pathParam("id");
        CriteriaVersion found = catalogue.findVersion(id).orElseThrow(() -> HttpProblem.of(
                HttpProblem.Kind.NOT_FOUND, ServiceText.of("where.pathParameter", "id"),
                ServiceText.of("problem.unknownVersion"), id, ServiceText.literal(catalogue.versions().stream()
                        .map(CriteriaVersion::id).collect(Collectors.joining(", ")))));
        String edition = ctx.queryParam("edition");
        if (edition == null) {
            return found;
        }
        if (!found.sheetEditions().contains(edition)) {
            throw badParameter("edition", ServiceText.of("problem.unknownEdition", found.id()), edition,
                    String.join(", ", found.sheetEditions()));
        }
        return found.withSheetEdition(edition);
    }

    /** The product set of the path, which must have a scoring sheet in the version. */
    private static ProductSet sheetSet(Context ctx, CriteriaVersion v) {
        String code = ctx.pathParam("code");
        if (v.productSets().stream().noneMatch(p -> p.code().equals(code) && p.hasSheet())) {
            throw HttpProblem.of(HttpProblem.Kind.NOT_FOUND, ServiceText.of("where.pathParameter", "code"),
                    ServiceText.of("problem.noSheet", v.id()), code, ServiceText.literal(
                            v.setsWithSheets().isEmpty() ? "(none yet)" : String.join(", ", v.setsWithSheets())));
        }
        return v.productSet(code);
    }

    // ---- dossiers -------------------------------------------------------------------------------------------

    /**
     * What one dossier endpoint does: with a dossier read (one JSON body), with a source (a line of a batch, read
     * inside so a bad line is an INVALID result), which rating decides 422, and its JSON.
     */
    private record Operation<T>(java.util.function.Function<Dossier, T> single,
            java.util.function.Function<DossierSource, T> line, java.util.function.Function<T, Rating> rating,
            java.util.function.BiFunction<T, Locale, String> json) {

        static <T> Operation<T> of(java.util.function.Function<Dossier, T> single,
                java.util.function.Function<DossierSource, T> line, java.util.function.Function<T, Rating> rating,
                java.util.function.BiFunction<T, Locale, String> json) {
            return new Operation<>(single, line, rating, json);
        }
    }

    private <T> void dossiers(Context ctx, Operation<T> operation) throws IOException {
        Locale locale = locale(ctx);
        String type = mediaType(ctx);
        RequestBodies.Deadline deadline = new RequestBodies.Deadline(config.timeout());
        InputStream in = ctx.req().getInputStream();
        if (type.equals(JSON)) {
            byte[] body = RequestBodies.readAll(in, ctx.req().getContentLengthLong(), config.maxBodyBytes(), deadline);
            Dossier dossier;
            try {
                dossier = DossierReader.read(RequestBodies.text(body), "request");
            } catch (DossierFormatException e) {
                throw new HttpProblem(HttpProblem.Kind.MALFORMED_DOSSIER, List.of(e.toProblem()), null, Map.of());
            }
            T result = rating(ctx, () -> operation.single().apply(dossier));
            Rating rating = operation.rating().apply(result);
            if (rating.outcome() == Outcome.INVALID) {
                throw new HttpProblem(HttpProblem.Kind.INVALID_DOSSIER, rating.problems(), rating.dossierId(),
                        Map.of());
            }
            // the library's text as it is, the CLI's line end added: no tree in between (a rating's JSON is tens of
            // kilobytes, and reading it back to print it again cost as much as the rating)
            send(ctx, 200, JSON, (operation.json().apply(result, locale) + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        Iterator<DossierSource> sources = RequestBodies.lines(in, config.maxBodyBytes(), deadline);
        acquire(ctx);
        try {
            if (!sources.hasNext()) {
                throw HttpProblem.of(HttpProblem.Kind.BAD_REQUEST, ServiceText.of("where.body"),
                        ServiceText.of("problem.emptyBatch"), "(none)", ServiceText.of("allowed.emptyBatch"));
            }
            ctx.status(200);
            ctx.contentType(JSON_LINES + "; charset=utf-8");
            OutputStream out = ctx.outputStream();
            // in order, one line each as soon as it is rated: a batch of any size holds one dossier at a time
            while (true) {
                DossierSource source;
                try {
                    if (!sources.hasNext()) {
                        break;
                    }
                    source = sources.next();
                } catch (HttpProblem stopped) {
                    // the body stopped arriving after answers went out: a last line says why, then the stream ends
                    out.write(Documents.line(ProblemJson.tree(stopped, ctx.path(), locale)));
                    break;
                }
                byte[] line;
                try {
                    line = Documents.line(Documents.object(operation.json().apply(operation.line().apply(source), locale)));
                } catch (IllegalArgumentException e) {
                    if (!ctx.path().equals("/v1/plan")) {
                        throw e;
                    }
                    // a plan's fixed criterion not on this dossier's sheet: this line's problem, the batch goes on
                    line = Documents.line(ProblemJson.tree(notOnSheet(e), ctx.path(), locale));
                }
                out.write(line);
                out.flush();
            }
        } finally {
            ratings.release();
        }
    }

    /** Runs a rating within the bound on concurrent ratings: 503 when every slot is taken. */
    private <T> T rating(Context ctx, java.util.function.Supplier<T> work) {
        acquire(ctx);
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            if (!ctx.path().equals("/v1/plan")) {
                throw e; // a defect elsewhere: the 500 problem
            }
            throw notOnSheet(e);
        } finally {
            ratings.release();
        }
    }

    /** Takes a rating slot, waiting up to {@link #SLOT_WAIT}: 503 when none frees up. */
    private void acquire(Context ctx) {
        try {
            if (!ratings.tryAcquire(SLOT_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw busy(ctx);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(ctx);
        }
    }

    /**
     * A plan's fixed criterion that is not on the dossier's sheet. The planner says so as
     * {@code dossier <id>, fixed criterion: not on sheet <set> of <version>: <code>; allowed: <codes>}: the code and
     * the sheet's codes become the value and what is allowed; any other message is kept whole as the value.
     */
    private static HttpProblem notOnSheet(IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        int allowed = message.lastIndexOf("; allowed: ");
        int value = allowed < 0 ? -1 : message.lastIndexOf(": ", allowed);
        if (value < 0) {
            return badParameter("fixed", ServiceText.of("problem.notOnSheet"), message,
                    ServiceText.of("allowed.criterionCodes"));
        }
        return badParameter("fixed", ServiceText.of("problem.notOnSheet"), message.substring(value + 2, allowed),
                ServiceText.of("allowed.sheetCodes", message.substring(allowed + "; allowed: ".length())));
    }

    private HttpProblem busy(Context ctx) {
        int max = config.maxConcurrentRatings();
        return HttpProblem.of(HttpProblem.Kind.BUSY, ServiceText.of("where.path", ctx.path()),
                ServiceText.of("problem.busy"), max + " of " + max,
                ServiceText.of("allowed.busy", config.maxConcurrentRatings(), 1)).withHeader("Retry-After", "1");
    }

    /** The media type of the body: JSON or JSON lines, UTF-8; anything else is 415. */
    private static String mediaType(Context ctx) {
        String header = ctx.header("Content-Type");
        String allowed = JSON + ", " + JSON_LINES + " (UTF-8)";
        if (header == null) {
            throw unsupported("(none)", allowed);
        }
        String[] parts = header.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            if (param[0].strip().equalsIgnoreCase("charset") && (param.length < 2
                    || !param[1].strip().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                throw unsupported(header, allowed);
            }
        }
        if (!type.equals(JSON) && !type.equals(JSON_LINES)) {
            throw unsupported(header, allowed);
        }
        return type;
    }

    private static HttpProblem unsupported(String value, String allowed) {
        return HttpProblem.of(HttpProblem.Kind.UNSUPPORTED_MEDIA_TYPE, ServiceText.of("where.header",
                "Content-Type"), ServiceText.of("problem.mediaType"), value, ServiceText.literal(allowed))
                .withHeader("Accept-Post", JSON + ", " + JSON_LINES);
    }

    private static PlanRequest planRequest(Context ctx) {
        Integer target = wholeNumber(ctx, "targetStar", 1, 5);
        Integer max = wholeNumber(ctx, "maxPlans", 1, 100);
        List<String> fixed = ctx.queryParams("fixed").stream().flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip).filter(c -> !c.isEmpty()).toList();
        return new PlanRequest(target == null ? OptionalInt.empty() : OptionalInt.of(target), Set.copyOf(fixed),
                max == null ? 3 : max);
    }

    private static OptionalInt maxSpread(Context ctx) {
        Integer spread = wholeNumber(ctx, "maxSpread", 0, Integer.MAX_VALUE);
        return spread == null ? OptionalInt.empty() : OptionalInt.of(spread);
    }

    /** A whole-number query parameter within {@code min..max}, or null when absent. */
    private static Integer wholeNumber(Context ctx, String name, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        String allowed = max == Integer.MAX_VALUE ? min + " or more" : min + " to " + max;
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw badParameter(name, ServiceText.of("problem.notWhole"), value, allowed);
        }
        if (n < min || n > max) {
            throw badParameter(name, ServiceText.of("problem.outOfRange"), value, allowed);
        }
        return n;
    }

    private static HttpProblem badParameter(String name, org.ocop.rules.Text problem, String value, String allowed) {
        return badParameter(name, problem, value, ServiceText.literal(allowed));
    }

    private static HttpProblem badParameter(String name, org.ocop.rules.Text problem, String value,
            org.ocop.rules.Text allowed) {
        return HttpProblem.of(HttpProblem.Kind.BAD_PARAMETER, ServiceText.of("where.query", name), problem, value,
                allowed);
    }

    /**
     * {@code ?explanation=full|none} of {@code /v1/rate} and {@code /v1/replay}: with {@code none} each rating's
     * {@code explanation} field is left out (RatingJson.Explanation), for large batches. Checked before the body is
     * read.
     */
    private static RatingJson.Explanation explanation(Context ctx) {
        String value = ctx.queryParam("explanation");
        if (value == null) {
            return RatingJson.Explanation.FULL;
        }
        return switch (value) {
            case "full" -> RatingJson.Explanation.FULL;
            case "none" -> RatingJson.Explanation.NONE;
            default -> throw badParameter("explanation", ServiceText.of("problem.unknownValue"), value, "full, none");
        };
    }

    // ---- answers --------------------------------------------------------------------------------------------

    /**
     * The language of the texts for people: {@code ?lang=en|vi}, else the first of English and Vietnamese the
     * {@code Accept-Language} header prefers, else English.
     */
    static Locale locale(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang != null) {
            return switch (lang) {
                case "en" -> Locale.ROOT;
                case "vi" -> Locale.forLanguageTag("vi");
                default -> throw badParameter("lang", ServiceText.of("problem.unknownValue"), lang, "en, vi");
            };
        }
        String header = ctx.header("Accept-Language");
        if (header != null) {
            try {
                // lookup, not filtering: "vi-VN" asks for Vietnamese, and the first language preferred wins
                if ("vi".equals(Locale.lookupTag(Locale.LanguageRange.parse(header), List.of("en", "vi")))) {
                    return Locale.forLanguageTag("vi");
                }
            } catch (IllegalArgumentException e) {
                // a malformed Accept-Language is a preference we cannot read, not an error: English
            }
        }
        return Locale.ROOT;
    }

    private static void send(Context ctx, int status, String type, byte[] body) {
        ctx.status(status);
        ctx.contentType(type + "; charset=utf-8");
        ctx.result(body);
    }

    private static void problem(Context ctx, HttpProblem problem) {
        Locale locale;
        try {
            locale = locale(ctx);
        } catch (HttpProblem badLang) {
            locale = Locale.ROOT;
        }
        problem.headers().forEach(ctx::header);
        send(ctx, problem.status(), ProblemJson.MEDIA_TYPE, ProblemJson.bytes(problem, ctx.path(), locale));
    }

    /** Javalin's own answers (no route, method not allowed, …) as problems. */
    private static HttpProblem fromJavalin(Context ctx, HttpResponseException e) {
        if (e.getStatus() == 405) {
            // Javalin names the detail "availableMethods" (or "Available methods" for a browser)
            String allowed = e.getDetails().values().stream().findFirst().orElse("");
            return HttpProblem.of(HttpProblem.Kind.METHOD_NOT_ALLOWED, ServiceText.of("where.method",
                    ctx.method().name(), ctx.path()), ServiceText.of("problem.method"), ctx.method().name(),
                    ServiceText.literal(allowed)).withHeader("Allow", allowed);
        }
        if (e.getStatus() == 404) {
            return HttpProblem.of(HttpProblem.Kind.NOT_FOUND, ServiceText.of("where.path", ctx.path()),
                    ServiceText.of("problem.noSuchPath"), ctx.method().name() + " " + ctx.path(),
                    ServiceText.of("allowed.paths", String.join(", ", ENDPOINTS)));
        }
        return new HttpProblem(HttpProblem.Kind.BAD_REQUEST, e.getStatus(), List.of(new Problem(ServiceText.of(
                "where.path", ctx.path()), ServiceText.of("problem.badHttp"), ServiceText.literal(e.getStatus() + " "
                        + e.getMessage()), ServiceText.of("allowed.http"))), null, Map.of());
    }

    private static byte[] resource(String name) {
        try (InputStream in = OcopService.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("service resource " + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
