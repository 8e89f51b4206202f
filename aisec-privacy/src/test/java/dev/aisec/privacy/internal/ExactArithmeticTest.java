package dev.aisec.privacy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ExactArithmeticTest {

  @Test
  void quotient32IsExact() {
    qt().withExamples(20_000).forAll(longs().between(1L << 32, Long.MAX_VALUE), longs().all())
        .checkAssert((den, x) -> {
          long num = Math.floorMod(x, den);
          long expected = BigInteger.valueOf(num).shiftLeft(32).divide(BigInteger.valueOf(den)).longValueExact();
          assertEquals(expected, Exact.quotient32(num, den));
        });
    long den = Long.MAX_VALUE;
    assertEquals(BigInteger.valueOf(den - 1).shiftLeft(32).divide(BigInteger.valueOf(den)).longValueExact(),
        Exact.quotient32(den - 1, den));
    assertEquals(0, Exact.quotient32(0, den));
    assertEquals(0, Exact.quotient32(1, den));
  }

  @Test
  void isqrtIsExact() {
    qt().withExamples(5_000).forAll(longs().between(1, 1L << 50), longs().between(1, 1L << 30))
        .checkAssert((num, den) -> {
          long m = Exact.isqrtFloor(num, den);
          BigInteger n = BigInteger.valueOf(num);
          BigInteger d = BigInteger.valueOf(den);
          assertEquals(true, BigInteger.valueOf(m).pow(2).multiply(d).compareTo(n) <= 0);
          assertEquals(true, BigInteger.valueOf(m + 1).pow(2).multiply(d).compareTo(n) > 0);
        });
  }
}
