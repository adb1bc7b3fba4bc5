package org.ocop.rules.test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/** Turns {@link DossierFolder} into arguments: one {@link DossierCase}, named by {@link DossierCase#name()}, a file. */
final class DossierFolderArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<DossierFolder> {

    private DossierFolder folders;

    @Override
    public void accept(DossierFolder annotation) {
        this.folders = annotation;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return cases(folders).stream().map(c -> Arguments.of(Named.of(c.name(), c)));
    }

    static List<DossierCase> cases(DossierFolder folders) {
        if (folders.value().length == 0 && folders.classpath().length == 0) {
            throw new IllegalArgumentException("@DossierFolder names no folder; allowed: directories (value) or "
                    + "class-path folders (classpath), at least one");
        }
        List<DossierCase> cases = new ArrayList<>();
        for (String folder : folders.value()) {
            cases.addAll(DossierCase.inFolder(Path.of(folder)));
        }
        for (String folder : folders.classpath()) {
            cases.addAll(DossierCase.inClasspathFolder(folder));
        }
        return cases;
    }
}
