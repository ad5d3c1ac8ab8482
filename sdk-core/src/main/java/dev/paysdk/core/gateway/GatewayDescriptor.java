package dev.paysdk.core.gateway;

import dev.paysdk.core.Capability;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one gateway is, described once and shared by its client and its
 * {@link dev.paysdk.core.PaymentProvider}: id, name, capabilities, and the settings it is built from
 * (with aliases and descriptions, for tools such as the CLI and the Spring starter).
 *
 * @param id provider id, such as {@code inr-agentpay}
 * @param displayName human-readable name
 * @param capabilities what its clients support through the neutral API
 * @param settings the settings {@link GatewayProvider#create} reads, required ones first
 */
public record GatewayDescriptor(String id, String displayName, Set<dev.paysdk.core.Capability> capabilities,
    List<Setting> settings) {

  public GatewayDescriptor {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(displayName, "displayName == null");
    capabilities = Set.copyOf(capabilities);
    settings = List.copyOf(settings);
  }

  /**
   * One setting.
   *
   * @param name its name, such as {@code merchantId}
   * @param required whether a client cannot be built without it
   * @param secret whether its value is a secret (never printed; a tool reads it from a file or variable)
   * @param aliases other names accepted for it (the gateway's own wire names)
   * @param description one line for documentation and IDE metadata
   */
  public record Setting(String name, boolean required, boolean secret, List<String> aliases, String description) {
    public Setting {
      Objects.requireNonNull(name, "name == null");
      aliases = List.copyOf(aliases);
      Objects.requireNonNull(description, "description == null");
    }

    /** A required setting. */
    public static Setting required(String name, String description, String... aliases) {
      return new Setting(name, true, false, List.of(aliases), description);
    }

    /** An optional setting. */
    public static Setting optional(String name, String description, String... aliases) {
      return new Setting(name, false, false, List.of(aliases), description);
    }

    /** The same setting, marked secret. */
    public Setting asSecret() {
      return new Setting(name, required, true, aliases, description);
    }

    /** The same setting, not required (another one can stand for it). */
    public Setting asOptional() {
      return new Setting(name, false, secret, aliases, description);
    }
  }

  /** The names of every setting, required ones first. */
  public List<String> settingNames() {
    List<String> names = new ArrayList<>();
    for (Setting s : settings) {
      names.add(s.name());
    }
    return names;
  }

  /** The setting called {@code name} or having it as an alias. */
  public Optional<Setting> setting(String name) {
    for (Setting s : settings) {
      if (s.name().equals(name) || s.aliases().contains(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** True when clients support {@code capability}. */
  public boolean supports(Capability capability) {
    return capabilities.contains(capability);
  }
}
