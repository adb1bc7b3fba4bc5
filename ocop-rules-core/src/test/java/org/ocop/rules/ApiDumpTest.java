package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public API of {@code ocop-rules-core} is the committed {@code api/ocop-rules-core.api}: every change to it is a
 * reviewed diff. The API packages stay small and speak only the JDK's and their own types. The last tests pin the
 * dump's format and show that each check fails when it should.
 */
class ApiDumpTest {

    private static final ApiDump API = ApiDump.of(Rater.class);

    @Test
    void api_comparedWithTheCommittedDump_isTheSame() {
        assertThat(API.compareWith(Path.of("api", "ocop-rules-core.api"))).isEmpty();
    }

    @Test
    void apiPackages_countedByPublicTopLevelTypes_haveAtMost25() {
        assertThat(API.crowdedPackages()).isEmpty();
    }

    @Test
    void exportedSignatures_scannedForTypes_useOnlyTheJdkAndApiPackages() {
        assertThat(API.foreignTypeUses()).isEmpty();
    }

    @Test
    void apiPackage_named_isApiUnlessASegmentIsInternal() {
        assertThat(ApiDump.isApiPackage("org.ocop.rules")).isTrue();
        assertThat(ApiDump.isApiPackage("org.ocop.rules.advice")).isTrue();
        assertThat(ApiDump.isApiPackage("org.ocop.rules.internal")).isFalse();
        assertThat(ApiDump.isApiPackage("org.ocop.rules.internal.drools")).isFalse();
        assertThat(ApiDump.isApiPackage("org.ocop.rulesets")).isFalse();
        assertThat(ApiDump.isApiPackage("com.fasterxml.jackson.databind")).isFalse();
    }

    @Test
    void apiScan_ofThisModule_leavesOutInternalAndPackagePrivateTypes() {
        assertThat(API.lines()).anyMatch(line -> line.startsWith("org.ocop.rules.Rater: public final class Rater"))
                .noneMatch(line -> line.startsWith("org.ocop.rules.internal"))
                .noneMatch(line -> line.startsWith("org.ocop.rules.criteria.CriteriaLoader:"));
    }

    /** A generic record with a varargs factory, to pin the dump's format. */
    public record Pair<T extends Comparable<? super T>>(T first, List<T> rest) implements Serializable {
        /** Validates. */
        public Pair {
            rest = List.copyOf(rest);
        }

        /** A pair. */
        @SafeVarargs
        public static <T extends Comparable<? super T>> Pair<T> of(T first, T... rest) {
            return new Pair<>(first, List.of(rest));
        }

        int hidden() {
            return rest.size();
        }
    }

    @Test
    void lines_ofAGenericRecord_listComponentsCanonicalConstructorAndAccessorsInOrder() {
        String type = "org.ocop.rules.ApiDumpTest.Pair: ";
        assertThat(ApiDump.of(List.of(Pair.class)).lines()).containsExactly(
                type + "public static final record Pair<T extends java.lang.Comparable<? super T>>(T first, "
                        + "java.util.List<T> rest) implements java.io.Serializable",
                type + "public <init>(T, java.util.List<T>)",
                type + "public final boolean equals(java.lang.Object)",
                type + "public T first()",
                type + "public final int hashCode()",
                type + "public static <T extends java.lang.Comparable<? super T>> "
                        + "org.ocop.rules.ApiDumpTest.Pair<T> of(T, T...)",
                type + "public java.util.List<T> rest()",
                type + "public final java.lang.String toString()");
    }

    /** Jackson in every kind of place a signature can hold it. */
    public static class Leaky implements java.util.function.Supplier<ObjectNode> {
        /** A field. */
        public JsonNode field;

        /** A protected constructor. */
        protected Leaky(Map<String, ? extends JsonNode> nodes) {
        }

        @Override
        public ObjectNode get() {
            return null;
        }

        /** A type argument. */
        public List<JsonNode[]> nodes() {
            return List.of();
        }

        private ObjectNode hidden() {
            return null;
        }
    }

    @Test
    void foreignTypeUses_ofJacksonInParametersReturnsFieldsAndSupertypes_namesEachOffender() {
        String type = "org.ocop.rules.ApiDumpTest.Leaky: ";
        assertThat(ApiDump.of(List.of(Leaky.class)).foreignTypeUses()).containsExactly(
                type + "public static class Leaky implements java.util.function.Supplier<"
                        + "com.fasterxml.jackson.databind.node.ObjectNode>  uses "
                        + "com.fasterxml.jackson.databind.node.ObjectNode",
                type + "protected <init>(java.util.Map<java.lang.String, ? extends "
                        + "com.fasterxml.jackson.databind.JsonNode>)  uses com.fasterxml.jackson.databind.JsonNode",
                type + "public com.fasterxml.jackson.databind.JsonNode field  uses "
                        + "com.fasterxml.jackson.databind.JsonNode",
                type + "public com.fasterxml.jackson.databind.node.ObjectNode get()  uses "
                        + "com.fasterxml.jackson.databind.node.ObjectNode",
                type + "public java.util.List<com.fasterxml.jackson.databind.JsonNode[]> nodes()  uses "
                        + "com.fasterxml.jackson.databind.JsonNode");
    }

    @Test
    void crowdedPackages_ofTwentySixTopLevelTypes_nameThePackageAndItsCount() {
        List<Class<?>> types = new ArrayList<>(List.of(java.util.ArrayList.class, java.util.HashMap.class,
                java.util.HashSet.class, java.util.LinkedList.class, java.util.TreeMap.class, java.util.TreeSet.class,
                java.util.ArrayDeque.class, java.util.Optional.class, java.util.OptionalInt.class,
                java.util.Objects.class, java.util.Arrays.class, java.util.Collections.class, java.util.List.class,
                java.util.Map.class, java.util.Set.class, java.util.Deque.class, java.util.Queue.class,
                java.util.Iterator.class, java.util.Locale.class, java.util.UUID.class, java.util.Random.class,
                java.util.Scanner.class, java.util.BitSet.class, java.util.Base64.class, java.util.Stack.class));
        assertThat(ApiDump.of(types).crowdedPackages()).isEmpty();

        types.add(java.util.Vector.class);
        assertThat(ApiDump.of(types).crowdedPackages()).singleElement().asString()
                .startsWith("java.util: 26 public top-level types (allowed: at most 25): ArrayDeque, ArrayList, ");
    }

    @Test
    void compareWith_aDumpMissingALineAndHavingAnother_showsBothAndTheCommand(@TempDir Path dir) throws IOException {
        ApiDump dump = ApiDump.of(List.of(Pair.class));
        List<String> lines = new ArrayList<>(dump.lines());
        String removed = lines.remove(3);
        lines.add("org.ocop.rules.ApiDumpTest.Pair: public int size()");
        Path committed = dir.resolve("x.api");
        Files.write(committed, lines, StandardCharsets.UTF_8);

        assertThat(dump.compareWith(committed, false)).isEqualTo("the public API differs from " + committed
                + " (- committed only, + compiled only):\n"
                + "- org.ocop.rules.ApiDumpTest.Pair: public int size()\n"
                + "+ " + removed + "\n"
                + "If the change is intended, rewrite the dump and commit it with the change:\n"
                + "  mvn -B -ntp -o test -pl ocop-rules-dmn -am -Dtest=ApiDumpTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dapi.update=true");

        Files.write(committed, dump.lines(), StandardCharsets.UTF_8);
        assertThat(dump.compareWith(committed, false)).isEmpty();
    }
}
