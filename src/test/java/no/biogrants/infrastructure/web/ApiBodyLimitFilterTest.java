package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import no.biogrants.infrastructure.api.ApiBodyLimitFilter;
import org.junit.jupiter.api.Test;

/** An oversized API body is refused before it is read or parsed (issue 14, item 15). */
class ApiBodyLimitFilterTest {

  private final ApiBodyLimitFilter filter = new ApiBodyLimitFilter();

  private static FakeHttp post(long length) {
    FakeHttp http = new FakeHttp();
    http.method = "POST";
    http.servletPath = "/api";
    http.contentLength = length;
    return http;
  }

  @Test
  void infW6_aBodyAboveOneMegabyteIsAnswered413InJsonAndNeverReachesTheApi() throws Exception {
    FakeHttp http = post(20L * 1024 * 1024);
    // No Accept-Language: the container's own default locale (English) must not win over bokmål.
    filter.doFilter(http.requestIn(java.util.Locale.ENGLISH), http.response(), http.chain());
    assertThat(http.status).isEqualTo(413);
    assertThat(http.passedOn).isNull();
    assertThat(http.header("setContentType")).isEqualTo("application/json");
    assertThat(http.body.toString())
        .startsWith("{\"status\":413,")
        .contains("Forespørselen er for stor", "1 MB");
  }

  @Test
  void infW6_theMessageIsEnglishOnRequest() throws Exception {
    FakeHttp english = post(ApiBodyLimitFilter.MAX_BYTES + 1L);
    english.headers.put("Accept-Language", "en");
    filter.doFilter(
        english.requestIn(java.util.Locale.ENGLISH), english.response(), english.chain());
    assertThat(english.body.toString()).contains("The request is too large");
  }

  @Test
  void infW6_aChunkedBodyPastTheLimitIsRefusedAndOneWithinItIsPassedOnWhole() throws Exception {
    FakeHttp big = post(-1);
    big.headers.put("Transfer-Encoding", "chunked");
    big.requestBody = new byte[ApiBodyLimitFilter.MAX_BYTES + 10];
    filter.doFilter(big.request(), big.response(), big.chain());
    assertThat(big.status).isEqualTo(413);
    assertThat(big.passedOn).isNull();

    FakeHttp small = post(-1);
    small.headers.put("Transfer-Encoding", "chunked");
    small.requestBody = "{\"title\":\"Sveis\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    filter.doFilter(small.request(), small.response(), small.chain());
    HttpServletRequest passed = (HttpServletRequest) small.passedOn;
    assertThat(new String(passed.getInputStream().readAllBytes(), "UTF-8"))
        .isEqualTo("{\"title\":\"Sveis\"}");
  }

  @Test
  void infW6_anOrdinaryBodyGoesOnUntouched() throws Exception {
    FakeHttp http = post(4000);
    filter.doFilter(http.request(), http.response(), http.chain());
    assertThat(http.passedOn).isNotNull();
    assertThat(http.status).isEqualTo(200);
  }
}
