package dev.paysdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No public signature outside the OkHttp adapter and the internal package names a type of the
 * libraries PaySDK uses underneath, so they can change without breaking merchants' code.
 */
class PublicSignaturesTest {
  private static final Path CLASSES = Path.of("target", "classes");
  private static final List<String> FORBIDDEN = List.of("okhttp3.", "okio.", "kotlin.", "com.fasterxml.", "org.bouncycastle.");
  private static final List<String> EXEMPT_PACKAGES = List.of("dev.paysdk.core.http.okhttp", "dev.paysdk.core.internal");

  private static List<Class<?>> compiledClasses() throws IOException, ClassNotFoundException {
    List<Class<?>> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(CLASSES)) {
      files = walk.filter(p -> p.toString().endsWith(".class")).toList();
    }
    for (Path p : files) {
      String name = CLASSES.relativize(p).toString().replace('/', '.').replace('\\', '.');
      name = name.substring(0, name.length() - ".class".length());
      if (name.endsWith("module-info") || name.endsWith("package-info")) {
        continue;
      }
      out.add(Class.forName(name, false, PublicSignaturesTest.class.getClassLoader()));
    }
    return out;
  }

  /** Public, and reachable: every enclosing class public too. */
  private static boolean isApi(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return !c.isSynthetic() && !c.isAnonymousClass() && !c.isLocalClass();
  }

  private static boolean exempt(Class<?> c) {
    return EXEMPT_PACKAGES.stream().anyMatch(pkg -> c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + "."));
  }

  private static boolean visible(Member m) {
    int mod = m.getModifiers();
    return (Modifier.isPublic(mod) || Modifier.isProtected(mod)) && !m.isSynthetic();
  }

  /** Every class named anywhere in a generic type. */
  private static void collect(Type t, Set<String> names, Set<Type> seen) {
    if (t == null || !seen.add(t)) {
      return;
    }
    if (t instanceof Class<?> c) {
      Class<?> k = c;
      while (k.isArray()) {
        k = k.getComponentType();
      }
      names.add(k.getName());
    } else if (t instanceof ParameterizedType p) {
      collect(p.getRawType(), names, seen);
      collect(p.getOwnerType(), names, seen);
      for (Type a : p.getActualTypeArguments()) {
        collect(a, names, seen);
      }
    } else if (t instanceof GenericArrayType g) {
      collect(g.getGenericComponentType(), names, seen);
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        collect(b, names, seen);
      }
      for (Type b : w.getLowerBounds()) {
        collect(b, names, seen);
      }
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        collect(b, names, seen);
      }
    }
  }

  private static Set<String> typesOf(Executable e) {
    Set<String> names = new HashSet<>();
    Set<Type> seen = new HashSet<>();
    for (Type t : e.getGenericParameterTypes()) {
      collect(t, names, seen);
    }
    for (Type t : e.getGenericExceptionTypes()) {
      collect(t, names, seen);
    }
    for (TypeVariable<?> v : e.getTypeParameters()) {
      collect(v, names, seen);
    }
    if (e instanceof Method m) {
      collect(m.getGenericReturnType(), names, seen);
    }
    return names;
  }

  private static boolean forbidden(String typeName) {
    return FORBIDDEN.stream().anyMatch(typeName::startsWith);
  }

  @Test
  void noPublicSignatureOutsideTheAdapterAndInternals_namesAnUnderlyingLibraryType() throws Exception {
    List<Class<?>> classes = compiledClasses();
    List<String> violations = new ArrayList<>();
    int checked = 0;

    for (Class<?> c : classes) {
      if (!isApi(c) || exempt(c)) {
        continue;
      }
      checked++;
      Set<String> supertypes = new HashSet<>();
      Set<Type> seen = new HashSet<>();
      collect(c.getGenericSuperclass(), supertypes, seen);
      for (Type i : c.getGenericInterfaces()) {
        collect(i, supertypes, seen);
      }
      for (TypeVariable<?> v : c.getTypeParameters()) {
        collect(v, supertypes, seen);
      }
      supertypes.stream().filter(PublicSignaturesTest::forbidden)
          .forEach(t -> violations.add(c.getName() + " extends or implements " + t));
      for (Method m : c.getDeclaredMethods()) {
        if (visible(m) && !m.isBridge()) {
          typesOf(m).stream().filter(PublicSignaturesTest::forbidden)
              .forEach(t -> violations.add(c.getName() + "#" + m.getName() + " mentions " + t));
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (visible(k)) {
          typesOf(k).stream().filter(PublicSignaturesTest::forbidden)
              .forEach(t -> violations.add(c.getName() + "#<init> mentions " + t));
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f)) {
          Set<String> names = new HashSet<>();
          collect(f.getGenericType(), names, new HashSet<>());
          names.stream().filter(PublicSignaturesTest::forbidden)
              .forEach(t -> violations.add(c.getName() + "." + f.getName() + " mentions " + t));
        }
      }
    }

    assertThat(checked).as("public classes checked").isGreaterThan(40);
    assertThat(violations).isEmpty();
  }

  @Test
  void theScan_findsTheTypesTheAdapterIsAllowedToName() throws Exception {
    // guards the scan itself: the exempt OkHttp adapter does name OkHttp types, and the scan must see them
    Class<?> adapter = Class.forName("dev.paysdk.core.http.okhttp.OkHttpTransport$Builder");
    Set<String> names = new HashSet<>();
    for (Method m : adapter.getDeclaredMethods()) {
      if (visible(m)) {
        names.addAll(typesOf(m));
      }
    }

    assertThat(names).anyMatch(PublicSignaturesTest::forbidden);
    assertThat(compiledClasses()).contains(adapter, Money.class);
  }
}
