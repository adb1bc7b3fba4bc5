package org.ocop.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one module as text, in the spirit of Kotlin's {@code api} dumps and Android's {@code api.txt}:
 * every exported public type and its public and protected members, one per line, with generic signatures.
 *
 * <p>Exported means: a public type (nested types public or protected at every level) in a package of the module
 * whose name has no {@code internal} segment. Each line starts with the type's canonical name; a type's own line
 * (modifiers, kind, type parameters, record components, supertypes) comes first, then its constructors
 * ({@code <init>}), fields and methods, ordered by name and then by text. Records list their canonical constructor,
 * accessors, {@code equals}, {@code hashCode} and {@code toString} like any member, because the compiler declares
 * them. Parameter names are left out: they are not part of the binary contract. Synthetic and bridge members are
 * left out. The order depends only on the text, never on the order reflection returns members in, so the dump is
 * the same on every JDK run.
 *
 * <p>{@code ApiDumpTest} in each library module compares this dump with the committed {@code api/<module>.api} and
 * checks the other rules of a stable surface: at most {@value #MAX_PUBLIC_TYPES_PER_PACKAGE} public top-level types
 * per API package, and no type from outside the JDK and the API packages in an exported signature.
 */
public final class ApiDump {

    /** The most public top-level types one API package may have: a package a reader takes in at a glance. */
    public static final int MAX_PUBLIC_TYPES_PER_PACKAGE = 25;

    /** Set to {@code true} ({@code -Dapi.update=true}) to rewrite the committed dump instead of comparing. */
    public static final String UPDATE_PROPERTY = "api.update";

    /** The command that rewrites the dumps of both library modules, run from the repository's root. */
    public static final String REGENERATE = "mvn -B -ntp -o test -pl ocop-rules-dmn -am -Dtest=ApiDumpTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true";

    private static final String ROOT_PACKAGE = "org.ocop.rules";

    private final List<Class<?>> types;

    private ApiDump(List<Class<?>> types) {
        List<Class<?>> sorted = new ArrayList<>(types);
        sorted.sort(Comparator.comparing(ApiDump::name));
        this.types = List.copyOf(sorted);
    }

    /** The dump of exactly these types, exported or not: for testing the dump itself. */
    public static ApiDump of(List<Class<?>> types) {
        return new ApiDump(types);
    }

    /**
     * The exported types of the module that {@code anchor} belongs to: every class in the directory or jar that
     * {@code anchor} was loaded from, loaded (not initialised) with {@code anchor}'s class loader.
     */
    public static ApiDump of(Class<?> anchor) {
        Path location;
        try {
            location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + anchor.getName(), e);
        }
        try {
            if (Files.isDirectory(location)) {
                return new ApiDump(exported(location, anchor.getClassLoader()));
            }
            try (FileSystem jar = FileSystems.newFileSystem(location, (ClassLoader) null)) {
                return new ApiDump(exported(jar.getPath("/"), anchor.getClassLoader()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a package is part of the API: one of ours, with no {@code internal} segment in its name. */
    public static boolean isApiPackage(String packageName) {
        return (packageName.equals(ROOT_PACKAGE) || packageName.startsWith(ROOT_PACKAGE + "."))
                && !Arrays.asList(packageName.split("\\.")).contains("internal");
    }

    private static List<Class<?>> exported(Path root, ClassLoader loader) throws IOException {
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                String binaryName = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                int dot = binaryName.lastIndexOf('.');
                String packageName = dot < 0 ? "" : binaryName.substring(0, dot);
                if (relative.startsWith("META-INF/") || binaryName.endsWith("module-info")
                        || binaryName.endsWith("package-info") || !isApiPackage(packageName)) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(binaryName, false, loader);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("cannot load " + binaryName + " from " + root, e);
                }
                if (isExported(type)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    private static boolean isExported(Class<?> type) {
        for (Class<?> level = type; level != null; level = level.getEnclosingClass()) {
            // a protected nested type is reachable from a caller's subclass, so it is API as well
            boolean reachable = Modifier.isPublic(level.getModifiers())
                    || level.getEnclosingClass() != null && Modifier.isProtected(level.getModifiers());
            if (!reachable || level.isSynthetic() || level.isAnonymousClass() || level.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    /** The dump: every exported type's line followed by its members' lines. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Class<?> type : types) {
            lines.add(name(type) + ": " + header(type, new LinkedHashSet<>()));
            members(type).keySet().forEach(member -> lines.add(name(type) + ": " + member));
        }
        return lines;
    }

    /** Each API package with more public top-level types than allowed, with its count and the types. */
    public List<String> crowdedPackages() {
        Map<String, List<String>> byPackage = new TreeMap<>();
        types.stream().filter(t -> t.getEnclosingClass() == null)
                .forEach(t -> byPackage.computeIfAbsent(t.getPackageName(), p -> new ArrayList<>())
                        .add(t.getSimpleName()));
        return byPackage.entrySet().stream().filter(e -> e.getValue().size() > MAX_PUBLIC_TYPES_PER_PACKAGE)
                .map(e -> e.getKey() + ": " + e.getValue().size() + " public top-level types (allowed: at most "
                        + MAX_PUBLIC_TYPES_PER_PACKAGE + "): " + String.join(", ", e.getValue()))
                .toList();
    }

    /**
     * Every use of a type that is neither the JDK's ({@code java.*}) nor in an API package — a third-party type
     * (Jackson, KIE, picocli, SLF4J …) or one of our internals — in an exported signature: parameter, return, field,
     * superclass, interface, type argument or bound, record component, thrown exception. One line per use.
     */
    public List<String> foreignTypeUses() {
        List<String> uses = new ArrayList<>();
        for (Class<?> type : types) {
            Set<Class<?>> referenced = new LinkedHashSet<>();
            String header = header(type, referenced);
            foreign(referenced).forEach(f -> uses.add(name(type) + ": " + header + "  uses " + f));
            members(type).forEach((member, used) -> foreign(used)
                    .forEach(f -> uses.add(name(type) + ": " + member + "  uses " + f)));
        }
        return uses;
    }

    private static List<String> foreign(Set<Class<?>> referenced) {
        return referenced.stream().filter(c -> !c.isPrimitive())
                .filter(c -> !c.getPackageName().startsWith("java.") && !isApiPackage(c.getPackageName()))
                .map(ApiDump::name).distinct().sorted().toList();
    }

    /**
     * Compares this dump with the committed file, or rewrites the file when {@code -Dapi.update=true}.
     *
     * @param committed the committed dump, for example {@code api/ocop-rules-core.api} in the module's directory
     * @return why the dump differs, with a diff ({@code -} committed only, {@code +} compiled only) and the command
     *     that rewrites it; empty when the same or just rewritten
     */
    public String compareWith(Path committed) {
        return compareWith(committed, Boolean.getBoolean(UPDATE_PROPERTY));
    }

    /**
     * Compares this dump with the committed file, or rewrites the file.
     *
     * @param committed the committed dump
     * @param update whether to rewrite the file instead of comparing
     * @return why the dump differs; empty when the same or just rewritten
     */
    public String compareWith(Path committed, boolean update) {
        List<String> actual = lines();
        try {
            if (update) {
                Files.createDirectories(committed.toAbsolutePath().getParent());
                Files.write(committed, actual, StandardCharsets.UTF_8);
                return "";
            }
            if (!Files.exists(committed)) {
                return "no committed API dump at " + committed + "; create it with:\n  " + REGENERATE;
            }
            List<String> expected = Files.readAllLines(committed, StandardCharsets.UTF_8);
            if (expected.equals(actual)) {
                return "";
            }
            Set<String> before = new LinkedHashSet<>(expected);
            Set<String> after = new LinkedHashSet<>(actual);
            List<String> diff = new ArrayList<>();
            expected.stream().filter(line -> !after.contains(line)).forEach(line -> diff.add("- " + line));
            actual.stream().filter(line -> !before.contains(line)).forEach(line -> diff.add("+ " + line));
            String what = diff.isEmpty() ? "the same lines in another order or with duplicates"
                    : String.join("\n", diff);
            return "the public API differs from " + committed + " (- committed only, + compiled only):\n" + what
                    + "\nIf the change is intended, rewrite the dump and commit it with the change:\n  " + REGENERATE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each member's line, ordered by name ({@code <init>} first) then text, with the types its signature uses. */
    private static Map<String, Set<Class<?>>> members(Class<?> type) {
        Map<String, Set<Class<?>>> members = new TreeMap<>(Comparator.comparing(ApiDump::memberName)
                .thenComparing(Comparator.naturalOrder()));
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
                Set<Class<?>> used = new LinkedHashSet<>();
                members.put(executable(constructor, "<init>", null, used), used);
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field.getModifiers()) && !field.isSynthetic()) {
                Set<Class<?>> used = new LinkedHashSet<>();
                String modifiers = modifiers(field.getModifiers(), Modifier.fieldModifiers());
                members.put(modifiers + " " + type(field.getGenericType(), used) + " " + field.getName(), used);
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                Set<Class<?>> used = new LinkedHashSet<>();
                members.put(executable(method, method.getName(), method, used), used);
            }
        }
        return members;
    }

    /** The name a member line is ordered by: the word before its parameter list or its last word for a field. */
    private static String memberName(String line) {
        int paren = line.indexOf('(');
        String head = paren < 0 ? line : line.substring(0, paren);
        return head.substring(head.lastIndexOf(' ') + 1);
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String executable(Executable executable, String name, Method method, Set<Class<?>> used) {
        StringBuilder line = new StringBuilder(modifiers(executable.getModifiers(),
                method == null ? Modifier.constructorModifiers() : Modifier.methodModifiers()));
        if (method != null && method.isDefault()) {
            line.append(" default");
        }
        String typeParameters = typeParameters(executable.getTypeParameters(), used);
        if (!typeParameters.isEmpty()) {
            line.append(' ').append(typeParameters);
        }
        if (method != null) {
            line.append(' ').append(type(method.getGenericReturnType(), used));
        }
        Type[] parameters = executable.getGenericParameterTypes();
        List<String> rendered = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            String parameter = type(parameters[i], used);
            if (executable.isVarArgs() && i == parameters.length - 1) {
                parameter = parameter.substring(0, parameter.length() - "[]".length()) + "...";
            }
            rendered.add(parameter);
        }
        line.append(' ').append(name).append('(').append(String.join(", ", rendered)).append(')');
        Type[] thrown = executable.getGenericExceptionTypes();
        if (thrown.length > 0) {
            line.append(" throws ").append(Arrays.stream(thrown).map(t -> type(t, used))
                    .collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    /** The type's own line: modifiers, kind, name, type parameters, record components, supertypes. */
    private static String header(Class<?> type, Set<Class<?>> used) {
        int allowed = type.isInterface() ? Modifier.interfaceModifiers() & ~Modifier.ABSTRACT
                : Modifier.classModifiers();
        String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface"
                : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
        StringBuilder line = new StringBuilder(modifiers(type.getModifiers(), allowed));
        if (type.isSealed()) {
            line.append(" sealed");
        }
        line.append(' ').append(kind).append(' ').append(type.getSimpleName())
                .append(typeParameters(type.getTypeParameters(), used));
        if (type.isRecord()) {
            line.append('(').append(Arrays.stream(type.getRecordComponents())
                    .map((RecordComponent c) -> type(c.getGenericType(), used) + " " + c.getName())
                    .collect(Collectors.joining(", "))).append(')');
        }
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && superclass != Record.class && !type.isEnum()) {
            line.append(" extends ").append(type(superclass, used));
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            line.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(interfaces)
                    .map(t -> type(t, used)).collect(Collectors.joining(", ")));
        }
        if (type.isSealed()) {
            line.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(ApiDump::name)
                    .sorted().collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    private static String modifiers(int modifiers, int allowed) {
        return Modifier.toString(modifiers & allowed & ~Modifier.TRANSIENT & ~Modifier.VOLATILE
                & ~Modifier.SYNCHRONIZED & ~Modifier.NATIVE & ~Modifier.STRICT);
    }

    private static String typeParameters(TypeVariable<?>[] parameters, Set<Class<?>> used) {
        if (parameters.length == 0) {
            return "";
        }
        return Arrays.stream(parameters).map(p -> {
            List<String> bounds = Arrays.stream(p.getBounds()).filter(b -> b != Object.class)
                    .map(b -> type(b, used)).toList();
            return bounds.isEmpty() ? p.getName() : p.getName() + " extends " + String.join(" & ", bounds);
        }).collect(Collectors.joining(", ", "<", ">"));
    }

    /** A type as written in source, nested types with dots, recording every class it names in {@code used}. */
    private static String type(Type type, Set<Class<?>> used) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                return type(c.getComponentType(), used) + "[]";
            }
            used.add(c);
            return name(c);
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            used.add(raw);
            String prefix = p.getOwnerType() instanceof ParameterizedType owner
                    ? type(owner, used) + "." + raw.getSimpleName() : name(raw);
            return prefix + Arrays.stream(p.getActualTypeArguments()).map(a -> type(a, used))
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) {
                return "? super " + type(w.getLowerBounds()[0], used);
            }
            Type upper = w.getUpperBounds()[0];
            return upper == Object.class ? "?" : "? extends " + type(upper, used);
        }
        if (type instanceof GenericArrayType a) {
            return type(a.getGenericComponentType(), used) + "[]";
        }
        if (type instanceof TypeVariable<?> v) {
            return v.getName(); // its bounds are written, and checked, where it is declared
        }
        throw new IllegalArgumentException("unknown kind of type: " + type);
    }

    private static String name(Class<?> type) {
        String canonical = type.getCanonicalName();
        return canonical != null ? canonical : type.getName();
    }
}
