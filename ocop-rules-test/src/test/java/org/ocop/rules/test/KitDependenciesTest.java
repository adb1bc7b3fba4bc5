package org.ocop.rules.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A portal's test class path gains only the core, JUnit 5 and AssertJ from the kit: its pom's compile scope holds
 * exactly those, and its code imports nothing else (Jackson, which the core uses, included).
 */
class KitDependenciesTest {

    @Test
    void pom_compileScope_isTheCoreJunitAndAssertjOnly() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Element dependencies = (Element) pom.getDocumentElement().getElementsByTagName("dependencies").item(0);
        NodeList each = dependencies.getElementsByTagName("dependency");
        List<String> compile = new ArrayList<>();
        for (int i = 0; i < each.getLength(); i++) {
            Element d = (Element) each.item(i);
            NodeList scope = d.getElementsByTagName("scope");
            if (scope.getLength() == 0 || scope.item(0).getTextContent().equals("compile")) {
                compile.add(d.getElementsByTagName("groupId").item(0).getTextContent() + ":"
                        + d.getElementsByTagName("artifactId").item(0).getTextContent());
            }
        }

        assertThat(compile).containsExactly("org.ocop:ocop-rules-core", "org.junit.jupiter:junit-jupiter-api",
                "org.junit.jupiter:junit-jupiter-params", "org.assertj:assertj-core");
    }

    @Test
    void mainSources_imports_areTheJdkTheCoreApiJunitAndAssertjOnly() throws IOException {
        List<String> imports = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Files.readAllLines(file).stream().filter(line -> line.startsWith("import "))
                        .forEach(line -> imports.add(file.getFileName() + ": " + line));
            }
        }

        assertThat(imports).isNotEmpty().allMatch(line -> line.matches(".*: import (static )?(java\\.|"
                + "org\\.assertj\\.core\\.api\\.|org\\.junit\\.jupiter\\.|org\\.ocop\\.rules\\.(?!internal)).*"));
    }
}
