package dev.aisec.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Round 16: bad attributes are IllegalArgumentExceptions that name the field, like every other bad Input value. */
class InputTest {

  private static final Principal WHO = new Principal("u", Set.of());

  @Test
  void nullAttributeKeysAndValuesAreNamedErrors() {
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("conversation", null);
    Map<String, String> nullKey = new HashMap<>();
    nullKey.put(null, "c-1");
    for (Map<String, String> bad : java.util.List.of(nullValue, nullKey)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new Input(WHO, Channel.USER_INPUT, "hi", bad));
      assertEquals("input.attributes must not hold a null key or value", e.getMessage());
    }
    assertEquals(Map.of("conversation", "c-1"),
        new Input(WHO, Channel.USER_INPUT, "hi", Map.of("conversation", "c-1")).attributes());
    assertEquals(Map.of(), new Input(WHO, Channel.USER_INPUT, "hi", null).attributes());
  }
}
