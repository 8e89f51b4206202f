package dev.aisec.prompt.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/**
 * Review round 18: a weights file of the harm model ({@code model/harm-lr.bin}) with a NaN or an infinite weight is
 * corrupt. Before, only the bias was checked: a NaN weight made every window holding that feature score NaN, which
 * passes no threshold, so the framed-harm checks were silently off instead of failing closed.
 */
class Review18HarmWeightsTest {

  private static String refused(float bad) {
    float[] w = new float[Features.DIM];
    w[17] = 0.5f;
    w[4_242] = bad;
    HarmModel a = new HarmModel(w, -1f, 3, true);
    HarmModel b = new HarmModel(new float[Features.DIM], 0f, 0, false);
    byte[] bytes = HarmModel.toBytes(new HarmModel[] {a, b});
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> HarmModel.read(new ByteArrayInputStream(bytes), HarmModel.WEIGHTS));
    assertTrue(e.getMessage().contains("corrupt") && e.getMessage().contains("not finite"), e.getMessage());
    return e.getMessage();
  }

  @Test
  void nonFiniteWeightsAreCorrupt() {
    refused(Float.NaN);
    refused(Float.intBitsToFloat(0x7fc00123)); // a NaN with a payload
    refused(Float.POSITIVE_INFINITY);
    refused(Float.NEGATIVE_INFINITY);
  }
}
