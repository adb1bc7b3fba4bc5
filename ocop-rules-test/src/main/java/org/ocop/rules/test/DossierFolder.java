package org.ocop.rules.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A JUnit 5 source of arguments: every {@code *.json} file of the folders named, one {@link DossierCase} per file, so
 * that a {@code @ParameterizedTest} runs once per dossier, named by the dossier's id and product:
 *
 * <pre>
 * &#64;ParameterizedTest
 * &#64;DossierFolder("src/test/resources/dossiers")
 * void recordedStars_replayed_agree(DossierCase dossier) {
 *     assertThat(dossier.replay(RATER)).agrees();
 * }
 * </pre>
 *
 * Files are taken directly in each folder (not in subfolders), by file name, folders in the order given: first the
 * {@link #value() directories}, then the {@link #classpath() class-path folders}. A folder that does not exist fails
 * the test; so does a set of folders without any file (JUnit refuses a parameterized test without arguments). A file
 * that cannot be read is a case whose {@link DossierCase#dossier()} throws, so only its own test fails.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(DossierFolderArgumentsProvider.class)
public @interface DossierFolder {

    /** Directories, relative to the working directory (in a Maven build, the module's folder). */
    String[] value() default {};

    /** Class-path folders, for example {@code "dossiers"} for {@code src/test/resources/dossiers}. */
    String[] classpath() default {};
}
