package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Round 19 (pii19r): an IPv6 address of eight full groups followed by ":port" without brackets. */
class Pii19rIpv6PortTest {

  private static final PiiDetector D = PiiDetector.builder().build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "peer 2001:0db8:85a3:0042:1000:8a2e:0370:7334:8443 connected|2001:0db8:85a3:0042:1000:8a2e:0370:7334",
      "src=fd12:3456:789a:0001:0000:0000:0000:00ff:51820|fd12:3456:789a:0001:0000:0000:0000:00ff",
      "handshake from 2a01:04f8:0c17:1b2e:7d10:44aa:90be:13c5:1|2a01:04f8:0c17:1b2e:7d10:44aa:90be:13c5"})
  void addressWithoutPort(String text, String ip) {
    String want = ip;
    List<PiiSpan> spans = D.scan(text);
    int at = text.indexOf(want);
    assertTrue(spans.stream().anyMatch(s -> s.type().equals(PiiEntity.IP_ADDRESS) && s.start() == at
        && s.end() == at + want.length()), () -> "no IPv6 " + want + " in " + PiiDetectorTest.describe(text, spans));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a port of six digits: no address of eight groups and a port
      "dump 2001:0db8:85a3:0042:1000:8a2e:0370:7334:844333 end|2001:0db8"})
  void lookAlikes(String text, String value) {
    assertNoTypeOn(text, value, PiiEntity.IP_ADDRESS);
  }
}
