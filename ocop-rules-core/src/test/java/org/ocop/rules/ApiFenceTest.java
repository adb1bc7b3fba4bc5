package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module fence: no exported signature of this module mentions a type of an {@code …internal…} package.
 *
 * <p>The jar's {@code module-info} hides the internals on the module path only: on the class path, where most portals
 * and the CLI run us, it is ignored, and the DMN module has none (docs/reference/modules.md). There the
 * {@code …internal…} naming is the fence, and it only holds if no public or protected type, field, constructor or
 * method of an API package hands out an internal type. Third
 * -party types in signatures are the API dump's business, not this test's.
 */
class ApiFenceTest {

    /** The API packages of {@code ocop-rules-core}, exactly those its {@code module-info} exports (ModulePathTest). */
    static final List<String> CORE_API_PACKAGES = List.of("org.ocop.rules", "org.ocop.rules.criteria",
            "org.ocop.rules.dossier", "org.ocop.rules.engine", "org.ocop.rules.drools", "org.ocop.rules.advice",
            "org.ocop.rules.json");

    @Test
    void coreApiPackages_publicSignatures_mentionNoInternalType() {
        List<Class<?>> types = exportedTypes(Rater.class, CORE_API_PACKAGES);

        assertThat(types).as("exported types found").hasSizeGreaterThan(50);
        assertThat(internalMentions(types)).isEmpty();
    }

    @Test
    void internalMentions_signatureWithInternalType_isReported() {
        // The check itself must be able to fail: a public method returning an internal type is reported.
        assertThat(internalMentions(List.of(LeakingExample.class)))
                .containsExactly(LeakingExample.class.getName() + ".leak(): org.ocop.rules.internal.Batch");
    }

    /** Not API, only here to prove the check sees a leak. */
    public static final class LeakingExample {
        /** @return nothing, ever */
        public org.ocop.rules.internal.Batch leak() {
            return null;
        }
    }

    /**
     * Every public top-level type (and its public nested types) of the given packages, read from the class-path
     * entry (a directory when Maven runs the tests) that holds {@code anchor}.
     */
    static List<Class<?>> exportedTypes(Class<?> anchor, List<String> packages) {
        Path root;
        try {
            root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : packages) {
            Path dir = root.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".class") || name.contains("$") || name.equals("package-info.class")) {
                        continue;
                    }
                    Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - 6), false,
                            anchor.getClassLoader());
                    addIfExported(type, types);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return types;
    }

    private static void addIfExported(Class<?> type, List<Class<?>> into) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return;
        }
        into.add(type);
        for (Class<?> nested : type.getDeclaredClasses()) {
            addIfExported(nested, into);
        }
    }

    /** Each exported signature that mentions an internal type, as {@code type.member: internal type}, sorted. */
    static Set<String> internalMentions(List<Class<?>> types) {
        Set<String> found = new TreeSet<>();
        for (Class<?> type : types) {
            String where = type.getName();
            check(where + " extends", type.getGenericSuperclass(), found);
            for (Type in : type.getGenericInterfaces()) {
                check(where + " implements", in, found);
            }
            for (TypeVariable<?> variable : type.getTypeParameters()) {
                check(where + "<" + variable.getName() + ">", variable, found);
            }
            for (var field : type.getDeclaredFields()) {
                if (visible(field)) {
                    check(where + "." + field.getName(), field.getGenericType(), found);
                }
            }
            for (var constructor : type.getDeclaredConstructors()) {
                if (visible(constructor)) {
                    checkExecutable(where + ".<init>()", constructor, found);
                }
            }
            for (var method : type.getDeclaredMethods()) {
                if (visible(method) && !method.isSynthetic() && !method.isBridge()) {
                    check(where + "." + method.getName() + "()", method.getGenericReturnType(), found);
                    checkExecutable(where + "." + method.getName() + "()", method, found);
                }
            }
        }
        return found;
    }

    private static boolean visible(Member member) {
        // Protected members are API too: a caller may subclass a public, non-final type.
        return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
    }

    private static void checkExecutable(String where, Executable executable, Set<String> found) {
        for (Type parameter : executable.getGenericParameterTypes()) {
            check(where, parameter, found);
        }
        for (Type thrown : executable.getGenericExceptionTypes()) {
            check(where, thrown, found);
        }
        for (TypeVariable<?> variable : executable.getTypeParameters()) {
            check(where, variable, found);
        }
    }

    private static void check(String where, Type type, Set<String> found) {
        check(where, type, found, new ArrayList<>());
    }

    private static void check(String where, Type type, Set<String> found, List<Type> seen) {
        if (type == null || seen.contains(type)) {
            return; // a type variable bounded by itself (T extends Comparable<T>) would recurse for ever
        }
        seen.add(type);
        if (type instanceof Class<?> raw) {
            Class<?> element = raw;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (element.getPackageName().contains(".internal")) {
                found.add(where + ": " + element.getName());
            }
        } else if (type instanceof ParameterizedType parameterized) {
            check(where, parameterized.getRawType(), found, seen);
            check(where, parameterized.getOwnerType(), found, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(where, argument, found, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(where, bound, found, seen);
            }
            for (Type bound : wildcard.getLowerBounds()) {
                check(where, bound, found, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            check(where, array.getGenericComponentType(), found, seen);
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                check(where, bound, found, seen);
            }
        }
    }
}
