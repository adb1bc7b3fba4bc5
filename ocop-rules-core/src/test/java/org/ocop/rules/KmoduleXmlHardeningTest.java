package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.xml.support.converters.KieModuleMarshaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code META-INF/kmodule.xml} is read by Drools itself ({@link KieModuleMarshaller}, drools-xml-support 10.2.0), not
 * by our code, so we cannot put a check in front of it: this proves that reader safe. It validates against the
 * kmodule XSD with external DTD access forbidden, so a DOCTYPE naming an external DTD is refused without a fetch
 * and an external entity is refused without its file being read.
 */
class KmoduleXmlHardeningTest {

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

    private static String kmodule(String doctype, String kbaseName) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
                + "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"><kbase name=\"" + kbaseName
                + "\" packages=\"org.ocop.rules.drools\"/></kmodule>";
    }

    @Test
    void an_external_dtd_is_refused_without_a_fetch() {
        String xml = kmodule("<!DOCTYPE kmodule SYSTEM \"" + base + "/k.dtd\">\n", "k&leak;");
        assertThatThrownBy(() -> KieModuleMarshaller.MARSHALLER.fromXML(xml))
                .hasMessage("XSD validation failed against the new schema (External DTD: Failed to read external DTD "
                        + "'k.dtd', because 'http' access is not allowed due to restriction set by the "
                        + "accessExternalDTD property.) and against the old schema (External DTD: Failed to read "
                        + "external DTD 'k.dtd', because 'http' access is not allowed due to restriction set by the "
                        + "accessExternalDTD property.).");
        assertThat(requests.get()).isZero();
    }

    @Test
    void an_external_entity_is_refused_without_its_file_being_read() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        String xml = kmodule("<!DOCTYPE kmodule [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n", "k&x;");
        assertThatThrownBy(() -> KieModuleMarshaller.MARSHALLER.fromXML(xml))
                .hasMessage("XSD validation failed against the new schema (The external entity reference \"&x;\" is "
                        + "not permitted in an attribute value.) and against the old schema (cvc-elt.1.a: Cannot find "
                        + "the declaration of element 'kmodule'.).");
    }

    @Test
    void the_shipped_kmodule_reads_and_declares_no_doctype() throws IOException {
        String shipped;
        try (var in = KmoduleXmlHardeningTest.class.getClassLoader().getResourceAsStream("META-INF/kmodule.xml")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped).doesNotContain("<!DOCTYPE");
        assertThat(KieModuleMarshaller.MARSHALLER.fromXML(shipped).getKieBaseModels())
                .containsOnlyKeys("org.ocop.rules.rating");
    }
}
