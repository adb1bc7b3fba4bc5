package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.ReferenceTree;
import com.sun.source.doctree.SeeTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTreePath;
import com.sun.source.util.DocTreePathScanner;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published Javadoc of this module: every exported type and member has a comment, and no comment links into
 * an {@code …internal…} package.
 *
 * <p>Both are checks Javadoc itself does not make with our settings: doclint's "missing" group is off (in JDK 17
 * it would also demand a {@code @param} and {@code @return} on every member, which house style does not ask for),
 * and a {@code {@link}} to a type of a package left out of the published Javadoc renders as plain text without a
 * warning. The API sources are analysed by the JDK's compiler against the test class path, so links are resolved
 * exactly as Javadoc resolves them.
 */
class ApiJavadocTest {

    private static final Path SOURCES = Path.of("src/main/java");

    private static Findings findings;

    /**
     * What the analysis found: exported declarations without a comment, and comments linking into internals.
     *
     * <p>Also used by the test kit's {@code KitApiJavadocTest} on its own sources.
     */
    record Findings(Set<String> undocumented, Set<String> internalLinks) {
    }

    @BeforeAll
    static void analyseApiSources() throws IOException {
        findings = analyse(SOURCES, ApiFenceTest.CORE_API_PACKAGES);
    }

    /** Analyses the sources of {@code packages} under {@code sources} against the test class path. */
    static Findings analyse(Path sources, List<String> packages) throws IOException {
        Findings found = new Findings(new TreeSet<>(), new TreeSet<>());
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            JavacTask task = (JavacTask) compiler.getTask(null, files, null,
                    List.of("-proc:none", "-classpath", System.getProperty("java.class.path")), null,
                    files.getJavaFileObjectsFromPaths(apiSources(sources, packages)));
            Iterable<? extends CompilationUnitTree> units = task.parse();
            task.analyze();
            DocTrees docs = DocTrees.instance(task);
            for (CompilationUnitTree unit : units) {
                new Scanner(docs, task.getElements(), found).scan(unit, null);
            }
        }
        return found;
    }

    @Test
    void coreApiTypesAndMembers_javadoc_isPresent() {
        assertThat(findings.undocumented()).isEmpty();
    }

    @Test
    void coreApiJavadoc_links_neverPointIntoInternalPackages() {
        assertThat(findings.internalLinks()).isEmpty();
    }

    private static List<Path> apiSources(Path sources, List<String> packages) {
        return packages.stream()
                .map(pkg -> sources.resolve(pkg.replace('.', '/')))
                .flatMap(ApiJavadocTest::javaFiles)
                .toList();
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks every declaration: notes exported ones without a comment, and resolves every link of every comment. */
    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final DocTrees docs;
        private final Elements elements;
        private final Findings found;

        Scanner(DocTrees docs, Elements elements, Findings found) {
            this.docs = docs;
            this.elements = elements;
            this.found = found;
        }

        @Override
        public Void visitCompilationUnit(CompilationUnitTree unit, Void unused) {
            if (unit.getSourceFile().isNameCompatible("package-info", javax.tools.JavaFileObject.Kind.SOURCE)) {
                inspect(new TreePath(new TreePath(unit), unit.getPackage()));
            }
            return super.visitCompilationUnit(unit, unused);
        }

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            inspect(getCurrentPath());
            return super.visitClass(tree, unused);
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            inspect(getCurrentPath());
            return null; // nothing inside a body is published
        }

        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
            inspect(getCurrentPath());
            return null;
        }

        private void inspect(TreePath path) {
            Element element = docs.getElement(path);
            DocCommentTree comment = docs.getDocCommentTree(path);
            if (element == null || !exported(element)) {
                return; // not published: its comment may name internals freely
            }
            // An overriding method inherits its comment, as in Javadoc; the compiler writes records' accessors.
            if (comment == null && elements.getOrigin(element) == Elements.Origin.EXPLICIT && !overrides(element)) {
                found.undocumented().add(describe(element));
            }
            if (comment != null) {
                new LinkScanner(docs, element, found).scan(new DocTreePath(path, comment), null);
            }
        }

        private static boolean overrides(Element element) {
            return element.getAnnotationMirrors().stream().anyMatch(annotation -> annotation.getAnnotationType()
                    .toString().equals(Override.class.getName()));
        }

        private static boolean exported(Element element) {
            for (Element e = element; e != null && !(e instanceof PackageElement); e = e.getEnclosingElement()) {
                Set<Modifier> modifiers = e.getModifiers();
                boolean interfaceMember = e.getEnclosingElement() != null
                        && e.getEnclosingElement().getKind().isInterface() && !modifiers.contains(Modifier.PRIVATE);
                if (!modifiers.contains(Modifier.PUBLIC) && !modifiers.contains(Modifier.PROTECTED)
                        && !interfaceMember) {
                    return false;
                }
                if (e.getKind() == ElementKind.PARAMETER || e.getKind() == ElementKind.LOCAL_VARIABLE) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Resolves each {@code {@link}}, {@code {@linkplain}} and {@code @see} reference as Javadoc does. */
    private static final class LinkScanner extends DocTreePathScanner<Void, Void> {
        private final DocTrees docs;
        private final Element owner;
        private final Findings found;

        LinkScanner(DocTrees docs, Element owner, Findings found) {
            this.docs = docs;
            this.owner = owner;
            this.found = found;
        }

        @Override
        public Void visitLink(LinkTree tree, Void unused) {
            check(tree.getReference());
            return super.visitLink(tree, unused);
        }

        @Override
        public Void visitSee(SeeTree tree, Void unused) {
            tree.getReference().stream()
                    .filter(ReferenceTree.class::isInstance)
                    .forEach(reference -> check((ReferenceTree) reference));
            return super.visitSee(tree, unused);
        }

        private void check(ReferenceTree reference) {
            Element target = docs.getElement(new DocTreePath(getCurrentPath(), reference));
            if (target != null && packageOf(target).contains(".internal")) {
                found.internalLinks().add(describe(owner) + " links to " + reference.getSignature());
            }
        }
    }

    private static String packageOf(Element element) {
        Element e = element;
        while (e != null && !(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return e == null ? "" : ((PackageElement) e).getQualifiedName().toString();
    }

    private static String describe(Element element) {
        if (element instanceof PackageElement pkg) {
            return "package " + pkg.getQualifiedName();
        }
        Element enclosing = element.getEnclosingElement();
        return enclosing == null || enclosing instanceof PackageElement
                ? element.toString()
                : describe(enclosing) + "." + element;
    }
}
