package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 19 (pii19r): URLs of other schemes than http(s), with credentials inside, are one URL span and hold no
 * e-mail address. Hosts and passwords are made up.
 */
class Pii19rSchemeUrlTest {

  private static final PiiDetector D = PiiDetector.builder().build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "DATABASE_URL=postgres://billing:Kx7pq2wr@pg-main.corp.lan:5432/billing|postgres://billing:Kx7pq2wr@pg-main.corp.lan:5432/billing",
      "cache at redis://default:h4ppyCat@cache-01.svc:6380/2 today|redis://default:h4ppyCat@cache-01.svc:6380/2",
      "uri: mongodb+srv://reporter:Wq93xx@cluster7.mongo.example.net/stats?retryWrites=true|mongodb+srv://reporter:Wq93xx@cluster7.mongo.example.net/stats?retryWrites=true",
      "broker amqp://guest:rabbit55@mq.internal:5672/ ok|amqp://guest:rabbit55@mq.internal:5672/",
      "upload to sftp://deploy:Tr0ub4dor@files.example.org/incoming.|sftp://deploy:Tr0ub4dor@files.example.org/incoming",
      "\"s3://acme-exports/2026/11/users.csv\"|s3://acme-exports/2026/11/users.csv",
      "git clone ssh://git@code.example.com:2222/team/app.git|ssh://git@code.example.com:2222/team/app.git"})
  void wholeUrlAndNoMail(String text, String url) {
    List<PiiSpan> spans = D.scan(text);
    int at = text.indexOf(url);
    assertTrue(spans.stream().anyMatch(s -> s.type().equals(PiiEntity.URL) && s.start() == at
        && s.end() == at + url.length()), () -> "no whole URL in " + PiiDetectorTest.describe(text, spans));
    assertTrue(spans.stream().noneMatch(s -> s.type().equals(PiiEntity.EMAIL_ADDRESS)),
        () -> "mail inside URL in " + PiiDetectorTest.describe(text, spans));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "postgres: restart the service at 5am|postgres",
      "the ratio was redis:memcached 3:1|redis",
      "ftp:/ is not a URL|ftp",
      "foo://bar is an unknown scheme|foo://bar",
      "url: jdbc:mysql://reports.lan:3306/sales|mysql://reports.lan"})
  void lookAlikesAreNoUrl(String text, String value) {
    assertNoTypeOn(text, value, PiiEntity.URL);
  }
}
