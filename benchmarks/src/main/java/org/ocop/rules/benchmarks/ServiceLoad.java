package org.ocop.rules.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.json.RatingJson;

/**
 * The load test of {@code ocop serve} (issue 19, item 5): starts {@code java -jar ocop.jar serve --port 0} as a
 * process of its own on loopback, sends {@code requests} single-dossier {@code POST /v1/rate} requests from
 * {@code clients} concurrent clients, checks that every answer is byte for byte the library's own JSON of the
 * library's own rating of that dossier, and prints throughput and latency (p50, p99) beside rating in this process
 * (the same dossiers, the same JSON written, on one thread per processor), as ratios within the one run. Then stops
 * the service with SIGTERM. The dossiers are the bundled examples that are not INVALID (an INVALID one is a 422).
 *
 * <p>Usage: {@code ServiceLoad <ocop.jar> <dossier folder> [clients=50] [requests=20000]}. Exits 1 if any answer
 * differs.
 */
public final class ServiceLoad {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+) ");

    private ServiceLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        int cores = Runtime.getRuntime().availableProcessors();

        Rater rater = Rater.standard();
        List<byte[]> bodies = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Rating rating = rater.rateFile(file);
                if (rating.outcome() != Outcome.INVALID) {
                    bodies.add(Files.readAllBytes(file));
                    expected.add(RatingJson.toJson(rating) + "\n");
                }
            }
        }
        System.out.printf("%d dossiers, %d clients, %d requests, %d processors%n", bodies.size(), clients, requests,
                cores);

        // in process: what the service does per request, without HTTP (read, rate, write the JSON)
        runInProcess(rater, bodies, Math.max(2_000, requests / 10), cores); // warm-up
        long ownCpu = processCpuNanos();
        Result local = runInProcess(rater, bodies, requests, cores);
        long localCpu = processCpuNanos() - ownCpu;

        Path log = Files.createTempFile("ocop-serve", ".log");
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "serve", "--port", "0").redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        ExecutorService httpThreads = Executors.newFixedThreadPool(clients);
        try {
            URI base = await(service, log);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(httpThreads).build();
            runOverHttp(http, base, bodies, expected, Math.max(2_000, requests / 10), clients); // warm-up
            // CPU time is what the cores did, whoever waited: the service's (its process, every thread: HTTP,
            // JSON, rating, GC) against in-process rating's, and the clients' own (this JVM) beside them, since
            // the clients share the two cores with the service and take from its throughput
            long serviceCpu = cpuNanos(service);
            ownCpu = processCpuNanos();
            Result remote = runOverHttp(http, base, bodies, expected, requests, clients);
            serviceCpu = cpuNanos(service) - serviceCpu;
            long clientCpu = processCpuNanos() - ownCpu;

            System.out.printf("%-28s %12s %10s %10s%n", "", "dossiers/s", "p50 ms", "p99 ms");
            local.print("in process (" + cores + " threads)");
            remote.print("ocop serve (" + clients + " clients)");
            System.out.printf("%-28s %12.2f %10.2f %10.2f%n", "ratio serve / in process",
                    remote.throughput() / local.throughput(), remote.p50() / local.p50(), remote.p99() / local.p99());
            System.out.printf("%-28s %12s%n", "", "CPU ms per dossier");
            System.out.printf("%-28s %12.3f%n", "in process (read, rate, JSON)", localCpu / 1e6 / requests);
            System.out.printf("%-28s %12.3f%n", "ocop serve (its process)", serviceCpu / 1e6 / requests);
            System.out.printf("%-28s %12.3f%n", "load clients (this process)", clientCpu / 1e6 / requests);
            System.out.printf("%-28s %12.2f%n", "ratio serve / in process", (double) serviceCpu / localCpu);
            System.out.printf("answers differing from the library's: %d of %d%n", remote.wrong(), requests);
            if (remote.wrong() > 0) {
                System.exit(1);
            }
        } finally {
            httpThreads.shutdownNow(); // its threads would keep this JVM alive
            service.destroy(); // SIGTERM: a graceful stop
            service.waitFor(60, TimeUnit.SECONDS);
            Files.deleteIfExists(log);
        }
    }

    /** CPU time of this JVM, every thread. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of another process so far, every thread (the operating system's accounting). */
    private static long cpuNanos(Process process) {
        return process.info().totalCpuDuration().orElseThrow(
                () -> new IllegalStateException("the system does not report the service's CPU time")).toNanos();
    }

    /** Throughput and latency of one run. */
    record Result(long count, long nanos, long[] latencies, int wrong) {
        double throughput() {
            return count * 1e9 / nanos;
        }

        double p50() {
            return percentile(0.50);
        }

        double p99() {
            return percentile(0.99);
        }

        private double percentile(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
        }

        void print(String name) {
            System.out.printf("%-28s %12.0f %10.2f %10.2f%n", name, throughput(), p50(), p99());
        }
    }

    private static Result runInProcess(Rater rater, List<byte[]> bodies, int requests, int threads)
            throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < requests; ) {
                    long t0 = System.nanoTime();
                    String text = new String(bodies.get(i % bodies.size()), StandardCharsets.UTF_8);
                    RatingJson.toJson(rater.rate(DossierReader.read(text, "request")));
                    latencies[i] = System.nanoTime() - t0;
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        long nanos = System.nanoTime() - start;
        pool.shutdown();
        return new Result(requests, nanos, latencies, 0);
    }

    private static Result runOverHttp(HttpClient http, URI base, List<byte[]> bodies, List<String> expected,
            int requests, int clients) throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        URI rate = base.resolve("/v1/rate");
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < requests; ) {
                    int d = i % bodies.size();
                    long t0 = System.nanoTime();
                    HttpResponse<String> answer;
                    // busy (503): wait as Retry-After says and send again, as a portal would; the latency counts it
                    while ((answer = http.send(HttpRequest.newBuilder(rate)
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(d))).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))).statusCode() == 503) {
                        busy.incrementAndGet();
                        Thread.sleep(1000L * Long.parseLong(answer.headers().firstValue("Retry-After").orElse("1")));
                    }
                    latencies[i] = System.nanoTime() - t0;
                    if (answer.statusCode() != 200 || !answer.body().equals(expected.get(d))) {
                        if (wrong.getAndIncrement() == 0) {
                            System.err.println("first differing answer: " + answer.statusCode() + " "
                                    + answer.body().lines().limit(8).toList());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        long nanos = System.nanoTime() - start;
        pool.shutdown();
        if (busy.get() > 0) {
            System.out.printf("503 busy answers, each sent again after Retry-After: %d%n", busy.get());
        }
        return new Result(requests, nanos, latencies, wrong.get());
    }

    /** The service's address, from the line it prints when it listens. */
    private static URI await(Process service, Path log) throws IOException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return URI.create(m.group(1));
            }
            if (!service.isAlive()) {
                throw new IllegalStateException("ocop serve ended: " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("ocop serve did not say where it listens: " + Files.readString(log));
    }
}
