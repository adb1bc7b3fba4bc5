package org.ocop.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Rater;

/**
 * Closing the service is graceful within its timeout and then final: a request that outlives the timeout (here a
 * JSON-lines batch whose client keeps sending a line now and then, each within the per-line timeout) does not make
 * {@code close()} fail or hang; the connection is closed and the port no longer answers.
 */
class ServiceShutdownTest {

    @Test
    void close_whileABatchOutlivesTheTimeout_stopsAnywayWithoutFailing() throws Exception {
        OcopService service = OcopService.start(Rater.standard(), OcopService.Config.defaults().withPort(0)
                .withTimeout(Duration.ofSeconds(1)));
        int port = service.port();
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread client = new Thread(() -> trickle(port, sending));
        client.start();
        try {
            Thread.sleep(500); // the batch is under way: its head and a first line are in

            long start = System.nanoTime();
            assertThatCode(service::close).doesNotThrowAnyException();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // the timeout (1 s) and Jetty's own closing: far from the minutes a trickling client could hold it
            assertThat(took).isLessThan(Duration.ofSeconds(20));
            assertThatCode(() -> new Socket("localhost", port).close()).isInstanceOf(ConnectException.class);
        } finally {
            sending.set(false);
            client.join(10_000);
        }
    }

    /** A JSON-lines batch that never ends: a valid dossier every 200 ms, each rated as it comes, until told to stop. */
    private static void trickle(int port, AtomicBoolean sending) {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/rate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] line = (BadRequestCatalogueTest.GOOD + "\n").getBytes(StandardCharsets.UTF_8);
            while (sending.get()) {
                out.write((Integer.toHexString(line.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(line);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(200);
            }
        } catch (IOException | InterruptedException e) {
            // the service closed the connection: what this test wants
        }
    }
}
