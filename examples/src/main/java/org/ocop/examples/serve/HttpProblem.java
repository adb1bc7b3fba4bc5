package org.ocop.examples.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ocop.rules.Problem;
import org.ocop.rules.Text;

/**
 * A request the service answers with an RFC 9457 problem ({@code application/problem+json}): the HTTP status, the
 * kind (the last part of the problem's {@code type}), the facts — each a library {@link Problem} naming where, what
 * was wrong, the value and what is allowed — and the dossier id when one was read. Thrown by the handlers and
 * written by {@link ProblemJson}; never a stack trace.
 */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kinds of problem and their HTTP status; each kind has a title in the service's texts. */
    enum Kind {
        NOT_FOUND(404), METHOD_NOT_ALLOWED(405), TIMEOUT(408), BODY_TOO_LARGE(413),
        UNSUPPORTED_MEDIA_TYPE(415), BAD_REQUEST(400), BAD_PARAMETER(400), MALFORMED_DOSSIER(400),
        INVALID_DOSSIER(422), BUSY(503), INTERNAL(500);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** The HTTP status. */
        int status() {
            return status;
        }

        /** The kind in the problem's {@code type} URI and its title key: {@code not-found}, … */
        String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Kind kind;
    private final int status;
    private final transient List<Problem> facts;
    private final String dossierId;
    private final transient Map<String, String> headers;

    HttpProblem(Kind kind, List<Problem> facts, String dossierId, Map<String, String> headers) {
        this(kind, kind.status(), facts, dossierId, headers);
    }

    /** A problem whose status is not its kind's: an error Jetty found (431, 414, …) as a bad request. */
    HttpProblem(Kind kind, int status, List<Problem> facts, String dossierId, Map<String, String> headers) {
        super(kind.slug() + ": " + facts, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = status;
        this.facts = List.copyOf(facts);
        if (this.facts.isEmpty()) {
            throw new IllegalArgumentException("a problem without facts");
        }
        this.dossierId = dossierId;
        this.headers = Map.copyOf(headers);
    }

    /** A problem of one fact whose texts come from the service's bundle. */
    static HttpProblem of(Kind kind, Text where, Text problem, String value, Text allowed) {
        return new HttpProblem(kind, List.of(new Problem(where, problem, ServiceText.literal(value), allowed)), null,
                Map.of());
    }

    /** This problem with a response header, such as {@code Allow} or {@code Retry-After}. */
    HttpProblem withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpProblem(kind, status, facts, dossierId, more);
    }

    Kind kind() {
        return kind;
    }

    /** The HTTP status: the kind's, or the one Jetty chose. */
    int status() {
        return status;
    }

    List<Problem> facts() {
        return facts;
    }

    /** The dossier the problem is about, or null when none was read. */
    String dossierId() {
        return dossierId;
    }

    Map<String, String> headers() {
        return headers;
    }
}
