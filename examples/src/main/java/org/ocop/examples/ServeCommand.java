package org.ocop.examples;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ocop.examples.serve.OcopService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ocop serve}: starts the HTTP JSON service ({@link OcopService}) and runs until SIGTERM or Ctrl+C, then stops
 * gracefully (the requests under way finish) and says so on stdout. The rating options are those of {@code rate}.
 */
@Command(name = "serve",
        description = "Serves the library as an HTTP JSON service (OpenAPI at /openapi.json) until SIGTERM or "
                + "Ctrl+C. Rating options as for rate; each request may ask for ?lang=vi.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    OcopCli cli;

    @CommandLine.Mixin
    OcopCli.Policies policies;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "the port, 0 for any free one (printed on start) (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "the interface: 127.0.0.1 takes requests from this machine only, 0.0.0.0 from any; the "
                    + "service has no authentication, put it behind the portal (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "requests rating at once; another waits up to a second for a slot, then gets 503 and "
                    + "Retry-After (default: one per processor)")
    Integer maxConcurrent;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "how long a request body (in a batch: each line) may take to arrive; also how long a stop "
                    + "waits for the requests under way (default: ${DEFAULT-VALUE})")
    int timeout;

    @CommandLine.Mixin
    CliText.Language language;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    @Override
    public Integer call() throws InterruptedException {
        // checked here, in the CLI's words, before the service's own checks could speak of Java types
        if (port < 0 || port > 65535) {
            throw new OcopCli.UsageError("--port", "out of range", String.valueOf(port),
                    "0 to 65535 (0: any free port)");
        }
        if (timeout < 1) {
            throw new OcopCli.UsageError("--timeout", "below one second", String.valueOf(timeout),
                    "1 or more seconds");
        }
        if (maxConcurrent != null && maxConcurrent < 1) {
            throw new OcopCli.UsageError("--max-concurrent", "below 1", String.valueOf(maxConcurrent),
                    "1 or more requests rating at once");
        }
        OcopService.Config defaults = OcopService.Config.defaults();
        OcopService.Config config = defaults.withHost(host).withPort(port).withTimeout(Duration.ofSeconds(timeout))
                .withMaxConcurrentRatings(maxConcurrent == null ? defaults.maxConcurrentRatings() : maxConcurrent);
        OcopService service;
        try {
            service = OcopService.start(policies.rater(), config);
        } catch (IllegalStateException e) {
            throw new OcopCli.UsageError("--port", "cannot listen on " + host, String.valueOf(port),
                    "a free port on an interface of this machine, or 0 for any free port (" + e.getMessage() + ")");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cli.out().println(language.get("serve.stopping"));
            service.close();
            cli.out().println(language.get("serve.stopped"));
            stopped.countDown();
        }, "ocop-serve-stop"));
        cli.out().println(language.get("serve.listening", service.uri(), config.maxConcurrentRatings(), timeout));
        stopped.await();
        return 0;
    }
}
