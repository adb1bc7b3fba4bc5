package org.ocop.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;

/**
 * XML external entities and DTDs never reach the DMN reader through our entry ({@link KieDecisions#modelResource}):
 * a model with a DOCTYPE is refused before KIE sees it, with a message naming the model and the declaration.
 *
 * <p>Why the entry refuses rather than trusts KIE: the first test shows what KIE 10.2.0's DMN reader does on its own
 * with a DOCTYPE naming an external DTD — it fetches it (here from a local server standing in for any URL) and expands
 * the entities it declares into the model. An inline external entity ({@code <!ENTITY x SYSTEM "file:…">}) is not
 * read: it becomes empty text. Every URL in these models points at the local server or a temporary file.
 */
class DmnXmlHardeningTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leak \"FROM-THE-NETWORK\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    /** A one-decision model whose decision is the FEEL string literal {@code "<text>"}. */
    private static String model(String doctype, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
                + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\" id=\"probe\" name=\"probe\"\n"
                + "             namespace=\"https://ocop-rules.org/dmn/probe\">\n"
                + "  <decision id=\"leak\" name=\"leak\">\n"
                + "    <variable id=\"leak_var\" name=\"leak\" typeRef=\"string\"/>\n"
                + "    <literalExpression id=\"leak_expr\"><text>\"" + text + "\"</text></literalExpression>\n"
                + "  </decision>\n"
                + "</definitions>\n";
    }

    /** The decision's value when KIE reads the model straight, as it would without our entry. */
    private static Object decidedByKieAlone(Resource resource) {
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(List.of(resource))
                .getOrElseThrow(e -> new IllegalStateException("cannot build: " + e, e));
        DMNModel model = runtime.getModels().get(0);
        return runtime.evaluateAll(model, runtime.newContext()).getDecisionResultByName("leak").getResult();
    }

    private static Resource unchecked(String xml) {
        Resource resource = new org.drools.io.ReaderResource(new java.io.StringReader(xml));
        resource.setSourcePath("probe.dmn");
        return resource;
    }

    @Test
    void kie_alone_fetches_an_external_dtd_and_expands_its_entities() {
        String xml = model("<!DOCTYPE definitions SYSTEM \"" + base + "/evil.dtd\">\n", "&leak;");
        assertThat(decidedByKieAlone(unchecked(xml))).isEqualTo("FROM-THE-NETWORK");
        assertThat(requests.get()).isPositive();
    }

    @Test
    void kie_alone_does_not_read_an_inline_external_entity() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        String xml = model("<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n", "&xxe;");
        assertThat(decidedByKieAlone(unchecked(xml))).isEqualTo("");
    }

    @Test
    void our_entry_refuses_a_model_with_an_external_dtd_before_any_fetch() {
        String xml = model("<!DOCTYPE definitions SYSTEM \"" + base + "/evil.dtd\">\n", "&leak;");
        assertThatThrownBy(() -> KieDecisions.modelResource("probe.dmn", xml))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("DMN model probe.dmn: a DOCTYPE declaration, which could make the XML reader fetch an "
                        + "external DTD or expand external entities: <!DOCTYPE definitions SYSTEM \"" + base
                        + "/evil.dtd\">; allowed: a model without DOCTYPE, as DmnModelGenerator writes it");
        assertThat(requests.get()).isZero();
    }

    @Test
    void our_entry_refuses_a_model_with_an_external_entity_pointing_at_a_file() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        String doctype = "<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        String xml = model(doctype + "\n", "&xxe;");
        assertThatThrownBy(() -> KieDecisions.modelResource("probe.dmn", xml))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("DMN model probe.dmn: a DOCTYPE declaration, which could make the XML reader fetch an "
                        + "external DTD or expand external entities: " + doctype + "; allowed: a model without "
                        + "DOCTYPE, as DmnModelGenerator writes it")
                .message().doesNotContain("TOP-SECRET-42");
    }

    @Test
    void our_entry_passes_a_model_without_doctype_to_kie() {
        assertThat(decidedByKieAlone(KieDecisions.modelResource("probe.dmn", model("", "plain"))))
                .isEqualTo("plain");
    }

    @Test
    void no_shipped_model_declares_a_doctype() {
        assertThat(ShippedModels.paths()).isNotEmpty()
                .allSatisfy(path -> assertThat(ShippedModels.text(path)).doesNotContain("<!DOCTYPE"));
    }
}
