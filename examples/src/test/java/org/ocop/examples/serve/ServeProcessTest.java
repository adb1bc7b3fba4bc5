package org.ocop.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ocop serve --port 0} as an operator runs it, in a process of its own: it prints where it listens, serves,
 * and on SIGTERM ({@link Process#destroy()}) stops gracefully, says so, and exits as a process ended by SIGTERM does.
 *
 * <p>The process runs the CLI's main class on this test's class path, the code {@code ocop.jar} packages (the jar
 * itself is built after the tests).
 */
class ServeProcessTest {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+) ");

    @Test
    void serve_onSigterm_stopsGracefullyAndSaysSo(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("serve.log");
        // to a file: Process.destroy() closes the pipes, and the lines printed on the way out must still be read
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.ocop.examples.OcopCli", "serve", "--port", "0").redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            Matcher listening = LISTENING.matcher("");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!listening.reset(Files.readString(log, StandardCharsets.UTF_8)).find()) {
                assertThat(process.isAlive()).as("serve runs: %s", Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("serve says where it listens").isLessThan(until);
                Thread.sleep(50);
            }
            URI base = URI.create(listening.group(1));

            assertThat(Calls.get(base, "/health").json().get("status").asText()).isEqualTo("UP");
            process.destroy(); // SIGTERM

            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("the exit of a process ended by SIGTERM").isEqualTo(143);
        assertThat(output).contains("ocop serve: stopping (SIGTERM or Ctrl+C): finishing the requests under way",
                "ocop serve: stopped");
        assertThat(String.join("\n", output)).doesNotContain("Exception");
    }
}
