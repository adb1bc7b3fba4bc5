package org.ocop.examples.serve;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.ocop.rules.Problem;

/**
 * The errors Jetty answers itself, before a request reaches a route (a request line or header that is not HTTP, a
 * header too large, …), in the service's one problem shape instead of Jetty's HTML page. English: the request could
 * not be read far enough to know the language asked for.
 */
final class JettyProblems extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object status = request.getAttribute(ERROR_STATUS);
        int code = status instanceof Integer i ? i : response.getStatus();
        Object message = request.getAttribute(ERROR_MESSAGE);
        String path = request.getHttpURI() == null ? "/" : String.valueOf(request.getHttpURI().getPath());
        HttpProblem problem = new HttpProblem(code >= 500 ? HttpProblem.Kind.INTERNAL : HttpProblem.Kind.BAD_REQUEST,
                code, List.of(new Problem(
                ServiceText.of("where.request"), ServiceText.of("problem.badHttp"),
                ServiceText.literal(code + (message == null ? "" : " " + message)), ServiceText.of("allowed.http"))),
                null, Map.of());
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemJson.MEDIA_TYPE + "; charset=utf-8");
        response.write(true, ByteBuffer.wrap(ProblemJson.bytes(problem, path, Locale.ROOT)), callback);
        return true;
    }
}
