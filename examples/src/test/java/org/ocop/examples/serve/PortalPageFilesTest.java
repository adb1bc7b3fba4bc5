package org.ocop.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocop.rules.Rater;

/** The portal page's files as {@code ocop serve} sends them: type, caching, and nothing fetched from elsewhere. */
class PortalPageFilesTest {

    private static OcopService service;

    @BeforeAll
    static void start() {
        service = OcopService.start(Rater.standard(), OcopService.Config.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "/, text/html",
        "/index.html, text/html",
        "/ocop.css, text/css",
        "/ocop.js, text/javascript",
    })
    void pageFile_served_withItsTypeRevalidatedAndNothingExternal(String path, String type)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(service.uri() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith(type));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        // a portal may be offline: the page loads nothing from another origin
        assertThat(response.body()).doesNotContain("http://", "https://");
    }
}
