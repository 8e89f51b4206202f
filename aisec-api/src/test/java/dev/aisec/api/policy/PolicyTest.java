package dev.aisec.api.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.api.Action;
import dev.aisec.api.Channel;
import dev.aisec.api.Principal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyTest {

  private static final String GOOD = "{\"version\": \"v7\","
      + " \"defaults\": {\"thresholds\": {\"FLAG\": 0.4}},"
      + " \"detectors\": {\"prompt-injection\": {\"channels\": [\"user\"], \"thresholds\": {\"FLAG\": 0.5, \"BLOCK\": 0.85},"
      + "   \"types\": {\"jailbreak\": {\"BLOCK\": 0.6}}},"
      + "   \"pii\": {\"thresholds\": {\"REDACT\": 0.5}, \"failOpen\": true}},"
      + " \"overrides\": [{\"detector\": \"prompt-injection\", \"roles\": [\"red-team\"], \"enabled\": false},"
      + "   {\"detector\": \"prompt-injection\", \"channels\": [\"RETRIEVED\"], \"enabled\": true,"
      + "    \"thresholds\": {\"FLAG\": 0.3}}],"
      + " \"capabilities\": {\"support\": [\"model:gpt-4o-mini\", \"tool:lookup_*\"], \"admin\": [\"*\"]}}";

  @Test
  void parsesAndResolvesRules() {
    Policy p = Policy.parse(GOOD);
    assertEquals("v7", p.version());
    DetectorRule user = p.resolve("prompt-injection", Channel.USER_INPUT, Set.of("support"));
    assertTrue(user.runsOn(Channel.USER_INPUT));
    assertEquals(Action.FLAG, user.actionFor("PROMPT_INJECTION", 0.6));
    assertEquals(Action.BLOCK, user.actionFor("PROMPT_INJECTION", 0.9));
    assertEquals(Action.BLOCK, user.actionFor("JAILBREAK", 0.65), "type thresholds replace the detector's");
    assertEquals(Action.ALLOW, user.actionFor("PROMPT_INJECTION", 0.1));
    assertFalse(p.resolve("prompt-injection", Channel.USER_INPUT, Set.of("red-team")).runsOn(Channel.USER_INPUT));
    DetectorRule retrieved = p.resolve("prompt-injection", Channel.RETRIEVED, Set.of());
    assertTrue(retrieved.runsOn(Channel.RETRIEVED), "an enabling override adds its channel");
    assertEquals(Action.FLAG, retrieved.actionFor("X", 0.35));
    DetectorRule unknown = p.resolve("something-else", Channel.MODEL_OUTPUT, Set.of());
    assertEquals(Action.FLAG, unknown.actionFor("X", 0.45), "defaults apply to unnamed detectors");
    assertTrue(p.resolve("pii", Channel.USER_INPUT, Set.of()).failOpen());
  }

  @Test
  void capabilitiesAreDefaultDeny() {
    Policy p = Policy.parse(GOOD);
    Principal support = Principal.of("sam", "support");
    assertTrue(p.permits(support, "model:gpt-4o-mini"));
    assertTrue(p.permits(support, "tool:lookup_order"));
    assertFalse(p.permits(support, "tool:send_email"));
    assertFalse(p.permits(support, "model:gpt-4o"));
    assertFalse(p.permits(Principal.anonymous(), "tool:lookup_order"));
    assertTrue(p.permits(Principal.of("root", "admin"), "tool:anything"));
    assertFalse(p.permits(support, ""));
    assertFalse(p.permits(null, "tool:lookup_order"));
  }

  private static void assertPath(String json, String expectedPath) {
    PolicyException e = assertThrows(PolicyException.class, () -> Policy.parse(json));
    assertEquals(expectedPath, e.path(), e.getMessage());
    assertTrue(e.getMessage().startsWith(expectedPath + ": "), e.getMessage());
  }

  @Test
  void validationErrorsNameThePath() {
    assertPath("{}", "version");
    assertPath("{\"version\": \"\"}", "version");
    assertPath("{\"version\": \"1\", \"detectors\": {\"pii\": {\"thresholds\": {\"BLOCK\": 1.5}}}}",
        "detectors.pii.thresholds.BLOCK");
    assertPath("{\"version\": \"1\", \"detectors\": {\"pii\": {\"thresholds\": {\"EXPLODE\": 0.5}}}}",
        "detectors.pii.thresholds.EXPLODE");
    assertPath("{\"version\": \"1\", \"detectors\": {\"pii\": {\"channels\": [\"SMOKE\"]}}}",
        "detectors.pii.channels[0]");
    assertPath("{\"version\": \"1\", \"detectors\": {\"pii\": {\"enabeld\": true}}}", "detectors.pii.enabeld");
    assertPath("{\"version\": \"1\", \"detectors\": {\"pii\": {\"failOpen\": \"yes\"}}}", "detectors.pii.failOpen");
    assertPath("{\"version\": \"1\", \"overrides\": [{\"detector\": \"pii\"}]}", "overrides[0]");
    assertPath("{\"version\": \"1\", \"overrides\": [{\"roles\": [\"\"], \"enabled\": false}]}",
        "overrides[0].roles[0]");
    assertPath("{\"version\": \"1\", \"capabilities\": {\"support\": \"tool:x\"}}", "capabilities.support");
    assertPath("{\"version\": \"1\", \"capabilities\": {\"support\": [\"\"]}}", "capabilities.support[0]");
    assertPath("{\"version\": \"1\", \"colour\": \"blue\"}", "colour");
    assertPath("[1, 2]", "(root)");
    assertPath("{\"version\": \"1\", \"version\": \"2\"}", "policy");
    assertPath("{\"version\": ", "policy");
  }

  @Test
  void explicitlyEmptyRoleAndChannelListsAreErrorsNotWildcards() {
    // in an override an empty list matches everything (like an absent field): {"roles": []} read as "no one" and
    // switched prompt-injection off for every principal
    assertPath("{\"version\": \"1\", \"overrides\": [{\"detector\": \"prompt-injection\", \"roles\": [],"
        + " \"enabled\": false}]}", "overrides[0].roles");
    assertPath("{\"version\": \"1\", \"overrides\": [{\"detector\": \"pii\", \"channels\": [],"
        + " \"enabled\": false}]}", "overrides[0].channels");
    // in a detector rule an empty list switched the detector off without a word
    assertPath("{\"version\": \"1\", \"detectors\": {\"pii\": {\"channels\": []}}}", "detectors.pii.channels");
    // absent fields still match everything
    Policy p = Policy.parse("{\"version\": \"1\", \"overrides\": [{\"detector\": \"pii\", \"enabled\": false}]}");
    assertTrue(!p.resolve("pii", dev.aisec.api.Channel.USER_INPUT, java.util.Set.of("x")).runsOn(
        dev.aisec.api.Channel.USER_INPUT));
  }

  @Test
  void aPolicyVersionWithControlCharactersIsRejected() {
    // the version is printed in every verdict, audit record and terminal line
    assertPath("{\"version\": \"v1\\u001b[2J\"}", "version");
    assertPath("{\"version\": \"v1\\u0000\"}", "version");
    assertEquals("v1 \u00e9", Policy.parse("{\"version\": \"v1 \u00e9\"}").version());
  }

  @Test
  void loadsFromFileAndReportsMissingFiles(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("p.json");
    Files.writeString(f, GOOD);
    assertEquals("v7", Policy.load(f).version());
    PolicyException e = assertThrows(PolicyException.class, () -> Policy.load(dir.resolve("missing.json")));
    assertTrue(e.getMessage().contains("cannot read"));
  }

  @Test
  void defaultPolicyLoads() {
    Policy p = Policy.defaults();
    assertEquals("aisec-default-1", p.version());
    assertTrue(p.resolve("prompt-injection", Channel.USER_INPUT, Set.of()).runsOn(Channel.USER_INPUT));
    assertFalse(p.resolve("prompt-injection", Channel.RETRIEVED, Set.of()).runsOn(Channel.RETRIEVED));
    assertEquals(Action.REDACT, p.resolve("pii", Channel.USER_INPUT, Set.of()).actionFor("EMAIL_ADDRESS", 0.9));
    assertFalse(p.permits(Principal.of("x", "admin"), "tool:anything"), "no capability by default");
  }

  @Test
  void extendsTheShippedDefault() {
    Policy p = Policy.parse("{\"version\": \"mine-1\", \"extends\": \"aisec-default\","
        + " \"detectors\": {\"prompt-injection\": {\"thresholds\": {\"FLAG\": 0.4, \"BLOCK\": 0.7}}},"
        + " \"capabilities\": {\"support\": [\"tool:lookup\"]}}");
    assertEquals("mine-1", p.version());
    DetectorRule pi = p.resolve("prompt-injection", Channel.USER_INPUT, Set.of());
    assertEquals(Action.BLOCK, pi.actionFor("X", 0.75), "own thresholds");
    assertFalse(p.resolve("prompt-injection", Channel.RETRIEVED, Set.of()).runsOn(Channel.RETRIEVED),
        "channels kept from the default");
    assertEquals(Action.REDACT, p.resolve("pii", Channel.USER_INPUT, Set.of()).actionFor("EMAIL_ADDRESS", 0.9));
    assertTrue(p.permits(Principal.of("s", "support"), "tool:lookup"));
    assertPath("{\"version\": \"1\", \"extends\": \"other\"}", "extends");
  }

  @Test
  void builderValidates() {
    assertThrows(PolicyException.class, () -> Policy.builder(" "));
    assertThrows(PolicyException.class, () -> Policy.builder("1").grant("r", ""));
    assertThrows(IllegalArgumentException.class, () -> Thresholds.of(Action.BLOCK, Double.NaN));
    // a stricter action below a more lenient one would leave the lenient one unreachable
    IllegalArgumentException inverted = assertThrows(IllegalArgumentException.class,
        () -> Thresholds.of(java.util.Map.of(Action.FLAG, 0.9, Action.BLOCK, 0.5)));
    assertTrue(inverted.getMessage().contains("FLAG could never apply"), inverted.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Thresholds.of(java.util.Map.of(Action.REDACT, 0.7, Action.BLOCK, 0.6)));
    Thresholds equal = Thresholds.of(java.util.Map.of(Action.FLAG, 0.5, Action.BLOCK, 0.5));
    assertEquals(Action.BLOCK, equal.actionFor(0.5));
    assertPath("{\"version\": \"1\", \"detectors\": {\"pii\": "
        + "{\"thresholds\": {\"FLAG\": 0.9, \"BLOCK\": 0.5}}}}", "detectors.pii.thresholds");
    Policy p = Policy.builder("code-1").detector("x", DetectorRule.standard()).grant("ops", "tool:restart").build();
    assertTrue(p.permits(Principal.of("o", "ops"), "tool:restart"));
  }

  @Test
  void globMatching() {
    assertTrue(Glob.matches("tool:*", "tool:a"));
    assertTrue(Glob.matches("*:read", "data:read"));
    assertTrue(Glob.matches("a*b*c", "aXXbYYc"));
    assertFalse(Glob.matches("a*b*c", "aXXbYY"));
    assertFalse(Glob.matches("tool:x", "tool:xy"));
  }

  @Test
  void trailingContentAfterThePolicyObjectIsRejected() {
    // two concatenated objects (a bad merge) must not silently load the first one
    PolicyException e = assertThrows(PolicyException.class,
        () -> Policy.parse("{\"version\": \"a\"} {\"version\": \"b\"}"));
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
  }

  @Test
  void typeThresholdsMatchFindingTypesWhateverTheirCase() {
    // Finding upper-cases its type; a rule built in code with a lower-case type key silently never applied, so a
    // BLOCK meant for API keys fell back to the detector's FLAG
    DetectorRule r = new DetectorRule(true, Set.of(Channel.USER_INPUT), Thresholds.of(Action.FLAG, 0.5),
        java.util.Map.of("api_key", Thresholds.of(Action.BLOCK, 0.5)), false);
    assertEquals(Action.BLOCK, r.actionFor("API_KEY", 0.9));
    assertEquals(Action.BLOCK, r.actionFor("api_key", 0.9));
    // two keys that differ only in case are ambiguous: an error naming the field, not a silent pick
    PolicyException e = assertThrows(PolicyException.class, () -> Policy.parse("""
        {"version": "v", "detectors": {"pii": {"types": {"url": {"FLAG": 0.9}, "URL": {"BLOCK": 0.1}}}}}
        """));
    assertTrue(e.getMessage().contains("detectors.pii.types"), e.getMessage());
  }

  @Test
  void anAllowThresholdIsAnErrorNotSilentlyIgnored() {
    // {"ALLOW": 0.9} reads like "allow below 0.9" but was dropped without a word, leaving the rule without thresholds
    PolicyException e = assertThrows(PolicyException.class, () -> Policy.parse("""
        {"version": "v", "detectors": {"prompt-injection": {"thresholds": {"ALLOW": 0.9}}}}
        """));
    assertTrue(e.getMessage().contains("detectors.prompt-injection.thresholds.ALLOW"), e.getMessage());
  }
}
