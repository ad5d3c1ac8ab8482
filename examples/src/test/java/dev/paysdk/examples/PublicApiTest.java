package dev.paysdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public API of every library module, listed from its compiled classes and compared with the
 * listing committed under {@code api/}: every addition to (or removal from) the public surface is
 * then a deliberate change of a reviewed file. After such a change, regenerate the listings with
 * {@code mvn -B verify -pl examples -am -Dtest=PublicApiTest -Dpaysdk.api.update=true} and review
 * the diff. Also: no gateway module has a public type in an {@code .internal} package.
 */
class PublicApiTest {
  /** A module, by one class it holds. */
  static Stream<Map.Entry<String, Class<?>>> modules() {
    return Stream.of(
        Map.entry("sdk-core", dev.paysdk.core.Money.class),
        Map.entry("sdk-testkit", dev.paysdk.testkit.GatewaySimulator.class),
        Map.entry("sdk-inr-agentpay", dev.paysdk.agentpay.AgentPayClient.class),
        Map.entry("sdk-hexpay", dev.paysdk.hexpay.HexpayClient.class),
        Map.entry("sdk-payout-pen", dev.paysdk.pen.PenPayoutClient.class),
        Map.entry("sdk-vexora", dev.paysdk.vexora.VexoraClient.class),
        Map.entry("sdk-store-jdbc", dev.paysdk.store.jdbc.JdbcStore.class),
        Map.entry("sdk-jackson", dev.paysdk.jackson.PaySdkJacksonModule.class),
        Map.entry("sdk-jackson3", dev.paysdk.jackson3.PaySdkJackson3Module.class),
        Map.entry("sdk-micrometer", dev.paysdk.micrometer.MicrometerObserver.class),
        Map.entry("sdk-spring-boot-autoconfigure", dev.paysdk.spring.autoconfigure.PaySdkAutoConfiguration.class),
        Map.entry("sdk-spring-boot-test", dev.paysdk.spring.test.PaySdkSimulators.class));
  }

  /** The gateway modules: their implementation is package-private, never public in an internal package. */
  private static boolean isGateway(String module) {
    return module.equals("sdk-inr-agentpay") || module.equals("sdk-hexpay") || module.equals("sdk-payout-pen")
        || module.equals("sdk-vexora");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void thePublicApi_isTheCommittedListing(Map.Entry<String, Class<?>> module) throws IOException {
    List<String> listing = listing(module.getValue());
    Path file = Paths.get("..", "api", module.getKey() + ".api");
    String text = String.join("\n", listing) + "\n";
    if (Boolean.getBoolean("paysdk.api.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
    assertThat(file).as("the committed API listing of " + module.getKey()).exists();
    List<String> committed = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> added = new ArrayList<>(listing);
    added.removeAll(committed);
    List<String> removed = new ArrayList<>(committed);
    removed.removeAll(listing);
    assertThat(added).as(module.getKey() + ": public API added without updating api/" + module.getKey()
        + ".api (rerun with -Dpaysdk.api.update=true and review)").isEmpty();
    assertThat(removed).as(module.getKey() + ": public API removed; a rename keeps a deprecated alias for a"
        + " release (rerun with -Dpaysdk.api.update=true once deliberate)").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void noGatewayModule_hasAPublicTypeInAnInternalPackage(Map.Entry<String, Class<?>> module) {
    if (!isGateway(module.getKey())) {
      return; // core's and the integrations' internal helpers are used across modules; gateways keep theirs private
    }
    for (Class<?> c : classes(module.getValue())) {
      if (c.getPackageName().contains(".internal")) {
        assertThat(Modifier.isPublic(c.getModifiers())).as(c.getName() + " is public in an internal package").isFalse();
      }
    }
  }

  private static List<String> listing(Class<?> anchor) {
    TreeSet<String> lines = new TreeSet<>();
    for (Class<?> c : classes(anchor)) {
      if (!isExported(c)) {
        continue;
      }
      String type = (c.isAnnotationPresent(Deprecated.class) ? "@Deprecated " : "") + kind(c) + " " + c.getName()
          + supertypes(c);
      lines.add(type);
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (visible(k.getModifiers()) && !k.isSynthetic()) {
          lines.add(c.getName() + " :: " + deprecated(k.isAnnotationPresent(Deprecated.class)) + k.toGenericString());
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          lines.add(c.getName() + " :: " + deprecated(m.isAnnotationPresent(Deprecated.class)) + m.toGenericString());
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f.getModifiers()) && !f.isSynthetic()) {
          lines.add(c.getName() + " :: " + deprecated(f.isAnnotationPresent(Deprecated.class)) + f.toGenericString());
        }
      }
    }
    return new ArrayList<>(lines);
  }

  private static String deprecated(boolean d) {
    return d ? "@Deprecated " : "";
  }

  private static String kind(Class<?> c) {
    String mods = Modifier.toString(c.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.ABSTRACT
        | Modifier.FINAL | Modifier.STATIC));
    String k = c.isAnnotation() ? "@interface" : c.isInterface() ? "interface" : c.isEnum() ? "enum"
        : c.isRecord() ? "record" : "class";
    if (c.isInterface()) {
      mods = mods.replace("abstract ", "").replace("abstract", "").replace(" static", "");
    }
    return (mods + " " + (c.isSealed() ? "sealed " : "") + k).strip();
  }

  private static String supertypes(Class<?> c) {
    List<String> s = new ArrayList<>();
    if (c.getGenericSuperclass() != null && c.getSuperclass() != Object.class && !c.isEnum() && !c.isRecord()) {
      s.add("extends " + c.getGenericSuperclass().getTypeName());
    }
    for (var i : c.getGenericInterfaces()) {
      s.add("implements " + i.getTypeName());
    }
    return s.isEmpty() ? "" : " " + String.join(" ", s);
  }

  /** Public, and every enclosing type public too (a public nested type of a hidden type is hidden). */
  private static boolean isExported(Class<?> c) {
    for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** Every class of the module that holds {@code anchor}. */
  private static List<Class<?>> classes(Class<?> anchor) {
    List<Class<?>> out = new ArrayList<>();
    try {
      Path location = Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> names = new ArrayList<>();
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          files.filter(p -> p.toString().endsWith(".class")).forEach(p -> names.add(
              location.relativize(p).toString().replace('/', '.').replace('\\', '.')));
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String n = entries.nextElement().getName();
            if (n.endsWith(".class")) {
              names.add(n.replace('/', '.'));
            }
          }
        }
      }
      for (String n : names) {
        String cn = n.substring(0, n.length() - ".class".length());
        if (cn.endsWith("module-info") || cn.endsWith("package-info")) {
          continue;
        }
        out.add(Class.forName(cn, false, anchor.getClassLoader()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
