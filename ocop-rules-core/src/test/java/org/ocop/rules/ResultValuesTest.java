package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.dossier.DossierSource;
import org.ocop.rules.engine.RatingTask;
import org.ocop.rules.engine.Verdict;

/**
 * The values the library builds are values: two ratings of one dossier are equal, part by part, and none of their
 * classes can be constructed by a caller, so that a release can add to them without breaking anyone.
 */
class ResultValuesTest {

    private static final Rater RATER = Rater.standard();

    private static Rating rateExample() {
        Dossier dossier = DossierReader.read(Path.of("../examples/dossiers/01-che-shan-tuyet-ta-xua.json"));
        return RATER.rate(dossier);
    }

    @Test
    void equals_ofTwoRatingsOfOneDossier_isTrueForEveryPart() {
        Rating first = rateExample();
        Rating second = rateExample();

        assertThat(second).isNotSameAs(first).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(second.recognition()).isEqualTo(first.recognition());
        assertThat(second.criteria()).isEqualTo(first.criteria());
        assertThat(second.criteria().get(0)).hasSameHashCodeAs(first.criteria().get(0));
        assertThat(second.toString()).isEqualTo(first.toString());
    }

    @Test
    void equals_ofRatingsUnderOtherSettings_isFalse() {
        Rating demoted = rateExample();
        Rating refused = RATER.withSettings(RatingSettings.DEFAULTS.withMinimumPolicy(MinimumPolicy.REFUSE))
                .rate(DossierReader.read(Path.of("../examples/dossiers/01-che-shan-tuyet-ta-xua.json")));

        assertThat(refused).isNotEqualTo(demoted);
        assertThat(refused.settings()).isNotEqualTo(demoted.settings())
                .isEqualTo(RatingSettings.DEFAULTS.withMinimumPolicy(MinimumPolicy.REFUSE));
    }

    @Test
    void productName_ofARating_isTheDossiersAndEmptyForAnUnreadableSource() {
        Rating rating = rateExample();
        Rating unreadable = Rater.standard().rateSource(DossierSource.ofJson("{", "broken.json"));

        assertThat(rating.productName()).isEqualTo("Chè Shan tuyết cổ thụ Tà Xùa");
        assertThat(unreadable.productName()).isEmpty();
    }

    @Test
    void toString_ofARating_readsLikeARecord() {
        Rating rating = rateExample();

        assertThat(rating.toString()).startsWith("Rating[dossierId=YB-2026-001, productName=Chè Shan tuyết cổ thụ Tà "
                        + "Xùa, version=Optional[")
                .endsWith(", engine=drools, unchecked=[]]");
        assertThat(rating.recognition().orElseThrow().toString()).startsWith("Recognition[level=PROVINCE, ");
        assertThat(rating.criteria().get(0).toString()).startsWith("CriterionScore[code=1.1, part=A, ");
        assertThat(RatingSettings.DEFAULTS).hasToString("RatingSettings[minimumPolicy=DEMOTE, consensus=ALL_MEMBERS, "
                + "displayScale=2, displayRounding=HALF_UP, councilRules=" + CouncilRules.NONE
                + ", sheetEdition=Optional.empty]");
    }

    @ParameterizedTest
    @ValueSource(classes = {Rating.class, CriterionScore.class, FailedMinimum.class, Recognition.class,
            RatingSettings.class, RatingTask.class, Verdict.class})
    void constructors_ofAValueTheLibraryBuilds_areNotPublic(Class<?> type) {
        assertThat(type.getConstructors()).as("public constructors of %s", type.getSimpleName()).isEmpty();
        assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type.getSimpleName()).isTrue();
    }

    /** Every public type of the front door's and the engine SPI's packages, nested ones too, as compiled. */
    private static List<Class<?>> publicTypes(String packageName) throws IOException {
        Path dir = Path.of("target/classes", packageName.split("\\."));
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .filter(n -> !n.equals("package-info.class")).sorted().toList();
            List<Class<?>> types = new ArrayList<>();
            for (String name : names) {
                Class<?> type = load(packageName + "." + name.substring(0, name.length() - ".class".length()));
                if (Modifier.isPublic(type.getModifiers())) {
                    types.add(type);
                }
            }
            return types;
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResultValuesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.ocop.rules", "org.ocop.rules.engine"})
    void publicConstructors_inTheRootAndEnginePackages_takeAHandfulOfValuesAtMost(String packageName)
            throws IOException {
        List<Class<?>> types = publicTypes(packageName);

        // the scan sees the package's public types, builders included, and none of its package-private ones
        assertThat(types).hasSizeGreaterThan(10).doesNotContain(DossierValidator.class, TaskBuilder.class)
                .allMatch(c -> c.getPackageName().equals(packageName));
        for (Class<?> type : types) {
            for (Constructor<?> c : type.getConstructors()) {
                assertThat(c.getParameterCount()).as("public constructor %s", c).isLessThanOrEqualTo(5);
            }
        }
    }

    /**
     * Issue 18's rule for every API package: no public constructor takes more than a handful of values, the
     * catalogue's and the dossier's values included (a caller builds a dossier with its builder, a recorded result
     * with its {@code with…} methods).
     */
    @Test
    void publicConstructors_inEveryApiPackage_takeAHandfulOfValuesAtMost() throws IOException {
        List<String> wide = new ArrayList<>();
        int scanned = 0;
        for (String packageName : ApiFenceTest.CORE_API_PACKAGES) {
            for (Class<?> type : publicTypes(packageName)) {
                scanned++;
                for (Constructor<?> c : type.getConstructors()) {
                    if (c.getParameterCount() > 5) {
                        wide.add(c.toString());
                    }
                }
            }
        }

        assertThat(scanned).as("public types scanned").isGreaterThan(50);
        assertThat(wide).isEmpty();
    }
}
