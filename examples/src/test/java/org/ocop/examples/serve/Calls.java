package org.ocop.examples.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ocop.examples.OcopCli;

/** How the service's tests call it: {@link HttpClient} for ordinary requests, a raw socket for broken ones. */
final class Calls {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Calls() {
    }

    /** An answer: status, headers (names in lower case) and body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }

        /** The lines of a JSON-lines answer, each read as JSON. */
        List<JsonNode> jsonLines() {
            return text().lines().map(l -> {
                try {
                    return JSON.readTree(l);
                } catch (IOException e) {
                    throw new UncheckedIOException("not a JSON line: " + l, e);
                }
            }).toList();
        }

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    static Answer get(URI base, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    static Answer post(URI base, String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
            return new Answer(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends bytes as they are on a new connection and reads the answer until the server closes it or {@code wait}
     * passes; a body the server stops reading may fail to send, which is then not an error.
     */
    static Answer raw(int port, byte[] request, Duration wait) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) wait.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException refused) {
                // the server answered and closed before reading everything (a body over the limit)
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    all.write(buffer, 0, n);
                    if (complete(all.toByteArray())) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException closed) {
                // what arrived so far is the answer
            }
            return parse(all.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean complete(byte[] bytes) {
        int end = headerEnd(bytes);
        if (end < 0) {
            return false;
        }
        Map<String, String> headers = headers(new String(bytes, 0, end, StandardCharsets.ISO_8859_1));
        String length = headers.get("content-length");
        if (length != null) {
            return bytes.length - end - 4 >= Integer.parseInt(length.strip());
        }
        return new String(bytes, StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n");
    }

    private static int headerEnd(byte[] bytes) {
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, String> headers(String head) {
        Map<String, String> headers = new LinkedHashMap<>();
        head.lines().skip(1).forEach(l -> {
            int colon = l.indexOf(':');
            if (colon > 0) {
                headers.put(l.substring(0, colon).strip().toLowerCase(Locale.ROOT), l.substring(colon + 1).strip());
            }
        });
        return headers;
    }

    private static Answer parse(byte[] bytes) {
        int end = headerEnd(bytes);
        if (end < 0) {
            return new Answer(0, Map.of(), bytes); // closed without an answer
        }
        String head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(head.lines().findFirst().orElseThrow().split(" ")[1]);
        Map<String, String> headers = headers(head);
        byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static byte[] unchunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length) {
            int lineEnd = i;
            while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            int size = Integer.parseInt(new String(body, i, lineEnd - i, StandardCharsets.ISO_8859_1).strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, Math.min(size, body.length - lineEnd - 2));
            i = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    /** What the CLI printed for a command line, in this JVM. */
    record CliRun(int exitCode, String out, String err) {
    }

    static CliRun cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = OcopCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
