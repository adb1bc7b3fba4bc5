package org.ocop.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ocop.rules.CouncilBreach;
import org.ocop.rules.Discrepancy;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.Outcome;
import org.ocop.rules.Text;
import org.ocop.rules.advice.VersionImpact;
import org.ocop.rules.criteria.CriterionComparison;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.VersionResolution;

/**
 * The two message bundles against each other and against the sources: the same keys, the same placeholders, every
 * key used, every key the sources name present, and Vietnamese that is Vietnamese.
 */
class MessagesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Map<String, String> EN = Messages.patterns(Locale.ROOT);
    private static final Map<String, String> VN = Messages.patterns(VI);
    /** The enums whose constants have names in words ({@link Messages#name}). */
    private static final List<Class<? extends Enum<?>>> NAMED = List.of(Outcome.class, Level.class,
            MinimumPolicy.class, MinimumConsensus.class, CouncilBreach.Rule.class, VersionResolution.Rule.class,
            Discrepancy.Cause.class, RoundingMode.class, VersionImpact.Method.class, VersionImpact.Kind.class,
            CriterionComparison.Kind.class);
    /** Where the keys are used: this module's sources and rules, and the DMN module's sources when it is beside it. */
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("src/main/resources"),
            Path.of("../ocop-rules-dmn/src/main/java"));
    /** A string literal that looks like a key: dotted words. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9_]+)+)\"");

    @Test
    void bundles_bothLanguages_haveTheSameKeys() {
        assertThat(VN.keySet()).as("keys of messages_vi.properties").containsExactlyInAnyOrderElementsOf(EN.keySet());
        assertThat(EN).hasSizeGreaterThan(100);
        // dotted, so that the sources scan below recognises every key as one
        assertThat(EN.keySet()).allMatch(k -> k.matches("[a-z][A-Za-z]*(\\.[A-Za-z0-9_]+)+"), "a dotted key");
    }

    @Test
    void bundles_everyKey_hasTheSamePlaceholdersInBothLanguages() {
        List<String> differing = new ArrayList<>();
        for (String key : EN.keySet()) {
            // Vietnamese word order may move a placeholder, never add, drop or repeat one
            List<Integer> en = sorted(Messages.placeholders(EN.get(key)));
            List<Integer> vi = sorted(Messages.placeholders(VN.getOrDefault(key, "")));
            if (!en.equals(vi)) {
                differing.add(key + ": " + en + " / " + vi);
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void bundles_placeholders_areNumberedFromZeroWithoutGaps() {
        for (Map.Entry<String, String> e : EN.entrySet()) {
            Set<Integer> used = new TreeSet<>(Messages.placeholders(e.getValue()));
            assertThat(used).as(e.getKey()).isEqualTo(new TreeSet<>(Stream.iterate(0, i -> i + 1).limit(used.size())
                    .toList()));
        }
    }

    @Test
    void bundles_noPattern_endsWithWhitespace() {
        // indentation and separators are the code's: a space at either end of a pattern is lost or invisible
        Stream.of(EN, VN).flatMap(m -> m.entrySet().stream()).forEach(e -> assertThat(e.getValue())
                .as(e.getKey()).doesNotEndWith(" ").doesNotEndWith("\t"));
    }

    @Test
    void vietnamese_isReadAsUtf8_inComposedForm() {
        assertThat(VN.get("rating.header")).isEqualTo("Hồ sơ {0} — bộ sản phẩm {1}");
        assertThat(VN.values()).allSatisfy(v -> assertThat(Normalizer.isNormalized(v, Normalizer.Form.NFC))
                .as("NFC: %s", v).isTrue());
    }

    @Test
    void vietnamese_everyPatternWithWords_isTranslated() {
        // a pattern may be the same in both languages only when it has no words, such as "{0} ({1})"
        List<String> untranslated = EN.keySet().stream().filter(k -> EN.get(k).equals(VN.get(k)))
                .filter(k -> EN.get(k).replaceAll("\\{\\d+}", "").chars().anyMatch(Character::isLetter)).toList();
        assertThat(untranslated).isEmpty();
    }

    @Test
    void enumNames_coverEveryConstantOfTheNamedEnums_andNothingElse() {
        Set<String> expected = new HashSet<>();
        for (Class<? extends Enum<?>> type : NAMED) {
            for (Enum<?> constant : type.getEnumConstants()) {
                expected.add("enum." + Messages.typeName(type) + "." + constant.name());
                // English names are the constants' names, as the JSON writes them
                assertThat(Messages.name(constant).toString()).isEqualTo(constant.name());
            }
        }
        assertThat(EN.keySet().stream().filter(k -> k.startsWith("enum.")).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void sources_useEveryKey_andNameOnlyKeysThatExist() {
        Set<String> literals = new HashSet<>();
        for (Path root : SOURCES) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".drl")).forEach(p -> {
                    Matcher m = LITERAL.matcher(read(p));
                    while (m.find()) {
                        literals.add(m.group(1));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> unused = EN.keySet().stream().filter(k -> !k.startsWith("enum.") && !literals.contains(k))
                .sorted().toList();
        assertThat(unused).as("keys no source names").isEmpty();
        Set<String> prefixes = new HashSet<>();
        EN.keySet().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        List<String> missing = literals.stream().filter(l -> prefixes.contains(l.substring(0, l.indexOf('.'))))
                .filter(l -> !EN.containsKey(l)).sorted().toList();
        assertThat(missing).as("keys the sources name that no bundle has").isEmpty();
    }

    @Test
    void format_fillsPlaceholders_andKeepsApostrophesAndBraces() {
        assertThat(Messages.format(Locale.ROOT, "replay.leftOut", "Lê Văn Cường", 88))
                .isEqualTo("the record matches the average without Lê Văn Cường's sheet (88 points)");
        assertThat(Messages.format(VI, "replay.leftOut", "Lê Văn Cường", 88))
                .isEqualTo("kết quả ghi nhận khớp với tổng điểm trung bình khi không tính phiếu đánh giá của Lê Văn "
                        + "Cường (88 điểm)");
    }

    @Test
    void format_neverGroupsDigits_andKeepsBigDecimalsAsWritten() {
        assertThat(Messages.format(Locale.ROOT, "plan.why.workLimit", 2_000_000))
                .isEqualTo("the search stopped at its work limit (2000000 search steps)");
        assertThat(Messages.format(VI, "result.average", new java.math.BigDecimal("1234.50")))
                .isEqualTo(", tổng điểm trung bình 1234.50");
    }

    @Test
    void text_rendersNestedTextsInTheSameLanguage_andEqualsByWhatItSays() {
        Text nested = Messages.text("replay.noStar", Messages.name(Outcome.REFUSED));

        assertThat(nested.toString()).isEqualTo("no star (REFUSED)");
        assertThat(nested.in(VI)).isEqualTo("không có hạng sao (không đạt)");
        assertThat(nested.in(Locale.FRENCH)).as("a language without a bundle gets English")
                .isEqualTo("no star (REFUSED)");
        assertThat(nested).isEqualTo(Messages.text("replay.noStar", Messages.name(Outcome.REFUSED)));
        assertThat(Messages.join("; ", List.of(nested, Messages.literal("x"))).in(VI))
                .isEqualTo("không có hạng sao (không đạt); x");
    }

    @Test
    void text_unknownKey_isRefusedWhenMade() {
        assertThatThrownBy(() -> Messages.text("rating.nosuchkey"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no message rating.nosuchkey in /org/ocop/rules/messages.properties");
    }

    private static List<Integer> sorted(List<Integer> list) {
        return list.stream().sorted().toList();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
